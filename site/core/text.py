"""Cleaning of free text typed by people, shared by every form."""

import re
import unicodedata

# Zero-width and direction marks pass Django's "required" check while showing nothing, and
# the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) reorder the text
# around them: a subject shown backwards, a name that swallows the line after it. Dropped
# everywhere, with the direction marks (LRM, RLM, ALM). ZWNJ (U+200C) is not among them.
_INVISIBLE = re.compile("[\u00ad\u061c\u200b\u200d-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
# Kurdish and Persian spell words with the zero-width non-joiner: kept between two visible
# characters, dropped where it can only hide (alone, at an end, beside a space).
_STRAY_ZWNJ = re.compile("\u200c+(?=\\s|$)|(?:^|(?<=\\s))\u200c+")
_ZWNJ_RUNS = re.compile("\u200c{2,}")
# Line breaks, tabs and the other control characters (C0, DEL, C1, line and paragraph
# separators) have no place in a one-line field: each becomes a space.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")


def clean_line(value):
    """One line of text: invisible characters dropped, line breaks and other controls made
    spaces, runs of spaces folded, NFC-normalised."""
    value = unicodedata.normalize("NFC", value or "")
    value = _CONTROLS.sub(" ", _INVISIBLE.sub("", value))
    value = _STRAY_ZWNJ.sub("", _ZWNJ_RUNS.sub("\u200c", value))
    return _SPACES.sub(" ", value).strip()


def clean_paragraphs(value):
    """Longer text: lines split at any line break (CRLF, CR, LF, U+2028...), each line cleaned
    as above, joined with LF, blank-line runs kept to one."""
    lines = [clean_line(line) for line in (value or "").splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# Arabic and Kurdish spellings that readers treat as the same letter when searching.
_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_ARABIC_LETTERS = str.maketrans(
    {
        "\u0623": "\u0627",
        "\u0625": "\u0627",
        "\u0622": "\u0627",
        "\u0671": "\u0627",  # أ إ آ ٱ → ا
        "\u0629": "\u0647",  # ة → ه
        "\u0649": "\u064a",
        "\u06cc": "\u064a",  # ى ی → ي
        "\u06a9": "\u0643",  # ک → ك
        "\u0624": "\u0648",
        "\u0626": "\u064a",  # ؤ → و, ئ → ي
        "\u0640": None,  # tatweel
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)


def normalize_arabic(value):
    """One spelling for search and comparison: without diacritics or tatweel, with one alef,
    ta marbuta as ha, alef maqsura and Persian/Kurdish ya as ya, Kurdish kaf as kaf, Western
    digits, and Latin letters in lower case. Applied alike to indexed text and to queries."""
    value = unicodedata.normalize("NFC", value or "")
    value = _ARABIC_DIACRITICS.sub("", value).translate(_ARABIC_LETTERS)
    value = _INVISIBLE.sub("", value).replace("\u200c", "")
    return _SPACES.sub(" ", value).strip().lower()


def words(value):
    """The normalised words of a text, for similarity measures."""
    return set(re.findall(r"\w{2,}", normalize_arabic(value)))


# The Arabic article and the one-letter words written joined to it ("and the", "with the"...).
_ARTICLE = re.compile(r"^(?:[وفبك]?ال|لل)(?=\w{3})")


def without_article(word):
    """A normalised word without its leading article: المدرسه, والمدرسه, بالمدرسه → مدرسه."""
    return _ARTICLE.sub("", word)


# Endings that make related forms of one word: Arabic feminine, plural, dual and relative
# (after normalize_arabic: ة is ه, ى is ي) and the Sorani definite and plural endings. Longest
# first; a stem keeps at least three letters, so short words are left whole.
_ENDINGS = sorted(
    ["يات", "ات", "ون", "ين", "ان", "يه", "ه", "ي", "ەکان", "ەکانی", "ەکە", "ەکەی", "انی"],
    key=len,
    reverse=True,
)
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def light_stem(word):
    """A normalised word without its article and its ending, so that related forms meet:
    المدرسة, المدرسي and المدرسية all give مدرس. Light on purpose (no roots, no broken plurals):
    it joins the forms a citizen means and rarely joins words that differ."""
    word = without_article(word)
    if not _ARABIC_SCRIPT.search(word):
        return word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def search_text(value):
    """The text as the search index stores it: normalised, each word also stored without its
    article and as its light stem, so a search for مدرسة finds المدرسة, بالمدرسة and المدرسي."""
    indexed = []
    for word in re.findall(r"\w+", normalize_arabic(value)):
        forms = dict.fromkeys([word, without_article(word), light_stem(word)])
        indexed.append(" ".join(forms))
    return " ".join(indexed)

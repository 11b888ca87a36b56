"""Turning what a visitor typed into a safe search, and marking the words found.

The query is reduced to its normalised words (``normalize_arabic``), so markup, quotes,
operators or SQL-like text are just characters that are dropped, and a pasted essay is cut to
its first words instead of becoming an expensive query.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from citizens_site.core.text import light_stem, normalize_arabic

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 10

# Letters that normalise to the same one, and the marks that normalisation removes; used to
# find a normalised word inside the original text, however it is spelled there.
_VARIANTS = {
    "ا": "اأإآٱ",
    "ه": "هة",
    "ي": "يىیئ",
    "ك": "كک",
    "و": "وؤ",
}
_MARKS = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*"
# The article and its joined prefixes, marked with the word they are written with.
_ARTICLE = "(?:[وفبك]?ال|لل)?"


def query_words(raw):
    """The light stems of the query's normalised words (at most MAX_QUERY_WORDS), and whether
    the query was cut. Pages index every word as typed, without its article and as its stem
    (``core.text.search_text``), so related forms of a word find each other."""
    raw = raw or ""
    words = re.findall(r"\w+", normalize_arabic(raw[:MAX_QUERY_CHARS]))
    cut = len(raw) > MAX_QUERY_CHARS or len(words) > MAX_QUERY_WORDS
    return list(dict.fromkeys(light_stem(word) for word in words[:MAX_QUERY_WORDS])), cut


def _word_pattern(word):
    parts = []
    for char in word:
        variants = _VARIANTS.get(char)
        parts.append(f"[{re.escape(variants)}]" if variants else re.escape(char))
    return _MARKS.join(parts)


def highlight(text, words):
    """``text`` escaped, with each occurrence of the query's words wrapped in <mark>."""
    text = str(text or "")
    if not words:
        return escape(text)
    pattern = re.compile(
        "|".join(
            rf"(?<!\w){_ARTICLE}{_word_pattern(w)}\w*"
            for w in sorted(set(words), key=len, reverse=True)
        ),
        re.IGNORECASE,
    )
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece is escaped above)

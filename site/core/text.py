"""Cleaning of free text typed by people, shared by every form."""

import re
import unicodedata

# Zero-width and direction marks pass Django's "required" check while showing nothing.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")


def clean_line(value):
    """One line of text: invisible characters dropped, runs of spaces folded, NFC-normalised."""
    value = unicodedata.normalize("NFC", value or "")
    value = _INVISIBLE.sub("", value)
    return _SPACES.sub(" ", value).strip()


def clean_paragraphs(value):
    """Longer text: each line cleaned as above, blank-line runs kept to one."""
    lines = [clean_line(line) for line in (value or "").replace("\r\n", "\n").split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()

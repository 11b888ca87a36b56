"""Left-to-right values (reference numbers, access codes, phone numbers, addresses, Latin
words) shown inside Arabic and Kurdish text.

Left alone, the Unicode bidirectional algorithm lays out "26-000003-5" in a right-to-left
paragraph as "5-000003-26": the hyphens are weak characters that take the paragraph's
direction. Isolating the value as a left-to-right run keeps it in the order it is typed, and
keeps the text around it where it was. Pages and the HTML part of e-mails use
``<bdi dir="ltr">`` (``html``, ``mail_html``); the text part of e-mails and text messages,
which have no markup, use the isolate characters LRI and PDI (``text``).
"""

import re

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_bidi

LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE

# Runs of digits that read as one value: phone numbers ("0770 123 4567", "+44 7911 123456"),
# figures ("5,000") and codes ("26-000003-5"). The separators stay inside the run, since a
# separator between two isolated runs would take the paragraph's direction.
_NUMBER_RUNS = re.compile(r"(\+?\d+(?:[ ,.\-/]\d+)*)")
_MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")


def html(value):
    """``value`` escaped and isolated as a left-to-right run that never breaks across lines
    (the ``ltr`` class in portal.css). Empty values stay empty."""
    if value is None or value == "":
        return ""
    return format_html('<bdi dir="ltr" class="ltr">{}</bdi>', value)


def mail_html(value):
    """``html`` for an e-mail's HTML part, which carries no style sheet: the same isolate,
    with its no-wrap inline."""
    if value is None or value == "":
        return ""
    return format_html('<bdi dir="ltr" style="white-space:nowrap">{}</bdi>', value)


def html_numbers(value):
    """``value`` escaped, each run of digits in it isolated as in ``html``: for hints and
    messages whose translations carry example numbers."""
    # Already markup (a safe string, or a lazy one as allauth's hints are): its tags and
    # character references are left alone.
    is_markup = hasattr(value, "__html__")
    pieces = _MARKUP.split(str(value.__html__())) if is_markup else [str(value)]
    for index in range(0, len(pieces), 2):
        runs = _NUMBER_RUNS.split(pieces[index])
        pieces[index] = "".join(
            str(html(run)) if position % 2 else str(escape(run))
            for position, run in enumerate(runs)
        )
    return mark_safe("".join(pieces))  # noqa: S308 (every piece escaped or markup already)


def text(value):
    """``value`` between LRI and PDI when the active language is written right to left.

    Only then: a left-to-right message needs no isolating, and one character outside GSM-7
    would make an English text message cost twice as much (UCS-2). Links are never wrapped:
    a mail program that turns addresses into links takes the PDI into the link."""
    if value is None or value == "":
        return ""
    if not get_language_bidi():
        return str(value)
    return f"{LRI}{value}{PDI}"


def html_auto(value):
    """``text_auto`` for HTML: ``value`` escaped in a ``<bdi>`` of its own direction."""
    if value is None or value == "":
        return ""
    return format_html("<bdi>{}</bdi>", value)


def text_auto(value):
    """Text someone typed, of either direction (an Arabic name, a phone number), between FSI
    and PDI when the active language is written right to left: it takes the direction of its
    first letter (left to right when it has none), and the text around it keeps its place.
    ``<bdi>`` without ``dir`` does the same in HTML."""
    if value is None or value == "":
        return ""
    if not get_language_bidi():
        return str(value)
    return f"{FSI}{value}{PDI}"

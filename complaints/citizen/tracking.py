"""The brake on guessing access codes: wrong codes are counted per reference number.

The follow-up page's limit per address does not stop someone with many addresses from trying
codes against one reference. So each reference allows FREE_TRIES wrong codes; after that it is
locked, for FIRST_LOCK and twice as long after each further wrong code, up to MAX_LOCK. While
locked even the right code is refused, and the page says when to try again and which other
ways are open (signing in, an SMS code to the case's phone, the hotline). The count is kept
for a reference whether or not a case has it, so the brake tells nothing about which
references exist. A right code clears the count. The counts live in the shared cache, which
production must have (``check --deploy`` refuses a per-process one). The arithmetic behind the
code's length and these numbers is in ``complaints.cases.identifiers``.
"""

import datetime

from django.core.cache import cache
from django.utils import timezone

FREE_TRIES = 5
FIRST_LOCK = datetime.timedelta(minutes=1)
MAX_LOCK = datetime.timedelta(days=1)


def _key(reference):
    return f"complaints:track-failures:{reference}"


def locked_until(reference):
    """When the reference opens again for tries, or None if it is open now."""
    record = cache.get(_key(reference))
    if record and record["until"] and record["until"] > timezone.now().timestamp():
        return datetime.datetime.fromtimestamp(record["until"], tz=datetime.UTC)
    return None


def record_failure(reference):
    record = cache.get(_key(reference)) or {"failures": 0, "until": None}
    record["failures"] += 1
    beyond = record["failures"] - FREE_TRIES
    if beyond >= 0:
        lock = min(FIRST_LOCK * 2 ** min(beyond, 20), MAX_LOCK)
        record["until"] = (timezone.now() + lock).timestamp()
    # Kept two days past the longest lock: a reference left alone that long starts afresh.
    cache.set(_key(reference), record, timeout=int((MAX_LOCK * 3).total_seconds()))


def clear(reference):
    cache.delete(_key(reference))

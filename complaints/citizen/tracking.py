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


# Kept two days past the longest lock: a reference left alone that long starts afresh.
KEEP_SECONDS = int((MAX_LOCK * 3).total_seconds())


def _failures_key(reference):
    return f"complaints:track-failures:{reference}"


def _until_key(reference):
    return f"complaints:track-locked-until:{reference}"


def locked_until(reference):
    """When the reference opens again for tries, or None if it is open now."""
    until = cache.get(_until_key(reference))
    if until and until > timezone.now().timestamp():
        return datetime.datetime.fromtimestamp(until, tz=datetime.UTC)
    return None


def record_failure(reference):
    # Counted with the cache's atomic increment: wrong codes sent at the same moment (a script
    # guessing in parallel) each count, where a read-then-write would count them as one.
    key = _failures_key(reference)
    cache.add(key, 0, timeout=KEEP_SECONDS)
    try:
        failures = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=KEEP_SECONDS)
        failures = 1
    cache.touch(key, timeout=KEEP_SECONDS)
    beyond = failures - FREE_TRIES
    if beyond >= 0:
        lock = min(FIRST_LOCK * 2 ** min(beyond, 20), MAX_LOCK)
        cache.set(_until_key(reference), (timezone.now() + lock).timestamp(), timeout=KEEP_SECONDS)


def clear(reference):
    cache.delete_many([_failures_key(reference), _until_key(reference)])

"""Reference numbers and access codes: what a citizen writes down to follow a case up.

A reference looks like 26-000123-4: the year, a number, and a Damm check digit, which
catches every mistyped single digit and every swap of two neighbouring digits. The access
code is twelve random digits in three groups (4821-0937-5512), stored only as a keyed hash;
whatever separators a citizen types are ignored.

Why twelve digits. Guessing a code means guessing a (reference, code) pair. Say a million
cases and an attacker with a thousand addresses, for ten years:
- each address may try 10 codes a minute (the follow-up page's limit): at most
  1,000 x 10 x 60 x 24 x 3,650 = 5.3e9 tries;
- each reference allows 5 wrong codes, then locks for a minute, doubling up to a day
  (``complaints.citizen.tracking``): about 3,650 tries a reference, 3.7e9 for the million.
The smaller bound holds: 3.7e9 tries, each right with chance 1e-12, is 0.004 expected
successes in ten years. Eight digits would give about 37.
"""

import datetime
import hashlib
import hmac
import re
import secrets

from django.conf import settings
from django.db import transaction
from stdnum import damm

from complaints.cases.models import Case, ReferenceSequence

# Arabic-Indic and Extended Arabic-Indic (Persian/Kurdish) digits, as phones type them.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_REFERENCE = re.compile(r"^(\d{2})(\d{6,})(\d)$")


def to_ascii_digits(text: str | None) -> str:
    return (text or "").translate(_DIGITS)


def format_reference(year: int, number: int) -> str:
    body = f"{year % 100:02d}{number:06d}"
    return f"{body[:2]}-{body[2:]}-{damm.calc_check_digit(body)}"


def next_reference(now: datetime.datetime) -> str:
    """Give out the next number of the year. The sequence row is locked, so two citizens
    submitting at the same instant never get the same number."""
    with transaction.atomic():
        sequence, _ = ReferenceSequence.objects.select_for_update().get_or_create(year=now.year)
        sequence.last_number += 1
        sequence.save(update_fields=["last_number"])
    return format_reference(now.year, sequence.last_number)


def normalize_reference(text: str | None) -> str | None:
    """The canonical form of what a citizen typed, or None if it cannot be a reference.

    Accepts any separators and Arabic-Indic digits; refuses a wrong check digit, so a typo
    is caught before any lookup."""
    digits = re.sub(r"\D", "", to_ascii_digits(text))
    match = _REFERENCE.match(digits)
    if not match or not damm.is_valid(digits):
        return None
    year, number, check = match.groups()
    return f"{year}-{number}-{check}"


ACCESS_CODE_DIGITS = 12


def new_access_code() -> str:
    digits = f"{secrets.randbelow(10**ACCESS_CODE_DIGITS):0{ACCESS_CODE_DIGITS}d}"
    return "-".join(digits[i : i + 4] for i in range(0, ACCESS_CODE_DIGITS, 4))


def normalize_access_code(text: str | None) -> str:
    """The digits of what a citizen typed: separators and spaces dropped, any digit script."""
    return re.sub(r"\D", "", to_ascii_digits(text))


def hash_access_code(reference: str, code: str) -> str:
    key = settings.SECRET_KEY.encode()
    message = f"{reference}:{normalize_access_code(code)}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def access_code_matches(case: Case, code: str) -> bool:
    return hmac.compare_digest(case.access_code_hash, hash_access_code(case.reference, code))

"""Cases written straight into the database for the indicator tests, every date chosen.

``case()`` submits a case 30 days before today by the clock the code reads, unless told
otherwise, so a test that does not pin the clock still measures the recent past; tests that
compare with dates of their own pin the clock on ``TODAY`` (see test_indicators' ``clock``).
"""

import datetime
import itertools

from django.utils import timezone

from complaints.models import Agency, Case, CaseEvent, Category

TODAY = datetime.date(2026, 11, 20)
_numbers = itertools.count(1)


def at(day, hour=10):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def case(
    agency,
    *,
    submitted=None,
    due_in=10,
    status="referred",
    registered=True,
    answered_after=None,
    rating=None,
):
    """A case of ``agency`` (a code), submitted on ``submitted`` (default: 30 days ago by the
    clock); ``answered_after`` is in days after submission."""
    if submitted is None:
        submitted = timezone.localdate() - datetime.timedelta(days=30)
    number = next(_numbers)
    answered_at = (
        at(submitted + datetime.timedelta(days=answered_after))
        if answered_after is not None
        else None
    )
    return Case.objects.create(
        reference=f"26-{number:06d}-0",
        kind="complaint",
        category=Category.objects.first(),
        agency=Agency.objects.get(code=agency),
        citizen_name="x",
        citizen_phone="+9647700000000",
        subject="s",
        details="d",
        place="baghdad",
        status=status,
        submitted_at=at(submitted),
        registered_at=at(submitted) if registered else None,
        answered_at=answered_at,
        due_date=submitted + datetime.timedelta(days=due_in),
        satisfaction_rating=rating,
        access_code_hash="x",
    )


def event(case, kind, *, from_agency=None, to_agency=None):
    agencies = {code: Agency.objects.get(code=code) for code in (from_agency, to_agency) if code}
    return CaseEvent.objects.create(
        case=case,
        kind=kind,
        created_at=case.submitted_at,
        from_agency=agencies.get(from_agency),
        to_agency=agencies.get(to_agency),
    )

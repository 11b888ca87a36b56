"""Synthetic cases for benchmarks and load tests: written straight to the tables in batches
(the workflow is not what is measured), shaped like a year of a real service: spread over
every agency, kind, channel and governorate; recent cases still in the work, older ones almost
all finished; each with its "submitted" event, a referral when registered, and a few returns.

Test support, never shipped: it writes statuses straight to the tables, outside the workflow.
To fill a database for manual tests (then `manage.py refresh_indicators --full`)::

    DATABASE_URL=... .venv/bin/python -m tests.benchmarks.fill_database 100000
"""

import argparse
import datetime
import random

from django.utils import timezone

from citizens_site.core.geography import place_choices
from complaints.cases.models.cases import Channel, Kind, Status
from complaints.cases.outcomes import Cause, Resolution
from complaints.models import Agency, Case, CaseEvent, Category

BATCH = 10_000
OPEN = [
    Status.SUBMITTED,
    Status.REGISTERED,
    Status.REFERRED,
    Status.IN_PROGRESS,
    Status.AWAITING_CITIZEN,
]
FINISHED = [Status.ANSWERED, Status.CLOSED, Status.CLOSED, Status.ARCHIVED, Status.REJECTED]
STILL_OPEN_AFTER_60_DAYS = 0.03
PREFIX = "99-"  # synthetic references: a year no real case has, so they never collide

# What the demo's admin listing shows: believable subjects and names, never a real person's.
SUBJECTS = [
    "تأخر إصدار البطاقة الوطنية الموحدة",
    "انقطاع الماء عن الحي منذ أسبوع",
    "طلب تصحيح الاسم في شهادة الميلاد",
    "عدم صرف الراتب التقاعدي",
    "اقتراح تمديد ساعات الدوام في دائرة الجوازات",
    "تراكم النفايات قرب المدرسة الابتدائية",
    "طلب نقل خدمات إلى محافظة أخرى",
    "تأخر معاملة التعيين",
    "شكوى من سوء معاملة موظف الاستعلامات",
    "انقطاع الكهرباء المتكرر",
]
NAMES = ["علي حسين", "زينب كاظم", "محمد جاسم", "فاطمة عباس", "حسن عبد الله", "مريم صالح"]


def generate_cases(count, *, seed=0, days=365):
    """Add ``count`` cases spread over the last ``days`` days; returns how many were added."""
    rng = random.Random(seed)  # reproducible test data, not a secret
    agencies = list(Agency.objects.values_list("pk", flat=True))
    categories = list(Category.objects.values_list("pk", flat=True))
    places = [value for value, _label in place_choices()]
    kinds, channels = Kind.values, Channel.values
    causes, resolutions = Cause.values, Resolution.values
    now = timezone.now()
    start = Case.objects.filter(reference__startswith=PREFIX).count()
    for offset in range(0, count, BATCH):
        cases = []
        for number in range(start + offset, start + min(offset + BATCH, count)):
            age = datetime.timedelta(minutes=rng.randrange(days * 24 * 60))
            submitted = now - age
            still_open = (age.days < 60 and rng.random() < 0.5) or (
                rng.random() < STILL_OPEN_AFTER_60_DAYS
            )
            status = rng.choice(OPEN if still_open else FINISHED)
            answered = None
            if status in (Status.ANSWERED, Status.CLOSED, Status.ARCHIVED):
                answered = min(submitted + datetime.timedelta(hours=rng.randrange(6, 40 * 24)), now)
            registered = (
                submitted + datetime.timedelta(hours=rng.randrange(1, 72))
                if status != Status.SUBMITTED
                else None
            )
            cases.append(
                Case(
                    reference=f"{PREFIX}{number:08d}-0",
                    kind=rng.choice(kinds),
                    category_id=rng.choice(categories),
                    agency_id=rng.choice(agencies),
                    citizen_name=rng.choice(NAMES),
                    citizen_phone="",
                    subject=rng.choice(SUBJECTS),
                    details="نص تجريبي: حالة مولدة لعرض المؤشرات.",
                    place=rng.choice(places),
                    channel=rng.choice(channels),
                    status=status,
                    submitted_at=submitted,
                    registered_at=min(registered, now) if registered else None,
                    first_reply_at=(submitted + (answered - submitted) * rng.random())
                    if answered
                    else None,
                    answered_at=answered,
                    closed_at=answered if status in (Status.CLOSED, Status.ARCHIVED) else None,
                    archived_at=answered if status == Status.ARCHIVED else None,
                    due_date=(submitted + datetime.timedelta(days=20)).date(),
                    cause_code=rng.choice(causes) if answered else "",
                    resolution_code=rng.choice(resolutions) if answered else "",
                    satisfaction_rating=rng.randrange(1, 6)
                    if answered and rng.random() < 0.4
                    else None,
                    access_code_hash="x",
                )
            )
        created = Case.objects.bulk_create(cases)
        events = [
            CaseEvent(case=case, kind=CaseEvent.Kind.SUBMITTED, created_at=case.submitted_at)
            for case in created
        ]
        events += [
            CaseEvent(
                case=case,
                kind=CaseEvent.Kind.REFERRED,
                created_at=case.registered_at,
                to_agency_id=case.agency_id,
            )
            for case in created
            if case.registered_at
        ]
        events += [
            CaseEvent(
                case=case,
                kind=CaseEvent.Kind.RETURNED,
                created_at=case.registered_at,
                from_agency_id=case.agency_id,
            )
            for case in created
            if case.registered_at and rng.random() < 0.03
        ]
        CaseEvent.objects.bulk_create(events)
    return count


def main(argv=None):
    """Add synthetic cases to the database the settings name; refuses where DEBUG is off
    unless forced (a staging copy, never production)."""
    parser = argparse.ArgumentParser(description="Add synthetic cases (benchmarks only).")
    parser.add_argument("count", type=int)
    parser.add_argument(
        "--up-to",
        action="store_true",
        help="add only what the database lacks to hold COUNT synthetic cases (make run)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--force",
        action="store_true",
        help="run even with DEBUG off (a staging copy, never production)",
    )
    args = parser.parse_args(argv)
    from django.conf import settings

    from complaints.agencies.seed import load_reference_data

    if not settings.DEBUG and not args.force:
        parser.error("DEBUG is off: pass --force if this is really not production.")
    load_reference_data()
    count = args.count
    if args.up_to:
        count = max(0, count - Case.objects.filter(reference__startswith=PREFIX).count())
    generate_cases(count, seed=args.seed)
    print(f"{count} synthetic cases added.")

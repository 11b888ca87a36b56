"""Synthetic cases for benchmarks and load tests: written straight to the tables in batches
(the workflow is not what is measured), with plausible statuses, dates, outcomes and events."""

import datetime
import random

from django.utils import timezone

from .models import Agency, Case, CaseEvent, Category
from .models.cases import Status

BATCH = 10_000
STATUSES = [Status.SUBMITTED, Status.REGISTERED, Status.REFERRED, Status.IN_PROGRESS,
            Status.ANSWERED, Status.ANSWERED, Status.CLOSED, Status.CLOSED, Status.ARCHIVED]
CAUSES = ["delay", "staff_conduct", "procedure", "documents", "other"]


def generate_cases(count, *, seed=0, days=365):
    """Add ``count`` cases spread over the last ``days`` days; returns how many were added."""
    rng = random.Random(seed)  # noqa: S311 (reproducible test data, not a secret)
    agencies = list(Agency.objects.filter(depth__gte=2).values_list("pk", flat=True)) or list(
        Agency.objects.values_list("pk", flat=True))
    categories = list(Category.objects.values_list("pk", flat=True))
    now = timezone.now()
    start = Case.objects.count()
    for offset in range(0, count, BATCH):
        cases = []
        for number in range(start + offset, start + min(offset + BATCH, count)):
            submitted = now - datetime.timedelta(minutes=rng.randrange(days * 24 * 60))
            status = rng.choice(STATUSES)
            finished = status in (Status.ANSWERED, Status.CLOSED, Status.ARCHIVED)
            answered = (submitted + datetime.timedelta(days=rng.randrange(1, 40))
                        if finished else None)
            cases.append(Case(
                reference=f"99-{number:08d}-0", kind="complaint",
                category_id=rng.choice(categories), agency_id=rng.choice(agencies),
                citizen_name="x", citizen_phone="", subject="s", details="d", place="baghdad",
                status=status, submitted_at=submitted,
                registered_at=submitted + datetime.timedelta(hours=rng.randrange(1, 72))
                if status != Status.SUBMITTED else None,
                first_reply_at=submitted + datetime.timedelta(days=rng.randrange(1, 10))
                if finished else None,
                answered_at=answered, closed_at=answered if status != Status.ANSWERED else None,
                due_date=(submitted + datetime.timedelta(days=20)).date(),
                cause_code=rng.choice(CAUSES) if finished else "",
                resolution_code="granted" if finished else "",
                satisfaction_rating=rng.randrange(1, 6) if finished and rng.random() < 0.4
                else None,
                access_code_hash="x",
            ))
        created = Case.objects.bulk_create(cases)
        CaseEvent.objects.bulk_create([
            CaseEvent(case=case, kind=CaseEvent.Kind.REFERRED, created_at=case.submitted_at,
                      to_agency_id=case.agency_id)
            for case in created if case.registered_at
        ] + [
            CaseEvent(case=case, kind=CaseEvent.Kind.RETURNED, created_at=case.submitted_at,
                      from_agency_id=case.agency_id)
            for case in created if rng.random() < 0.03
        ])
    return count

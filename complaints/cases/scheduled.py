"""Daily work on cases, run by cron or a systemd timer through the management commands of the
same names: service-level warnings and escalation, archiving, and retention."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from complaints.agencies.service_levels import add_working_days
from complaints.cases import workflow
from complaints.cases.models import Case
from complaints.cases.models.cases import OPEN_STATUSES, Status
from complaints.messaging import notifications


def check_service_levels(*, today):
    """Warn the supervisors once when a case passes its due date; escalate it to the parent
    agency once it is COMPLAINTS_ESCALATE_AFTER_DAYS working days late. Returns the counts."""
    warned = escalated = 0
    overdue = Case.objects.filter(status__in=OPEN_STATUSES, due_date__lt=today).select_related(
        "agency"
    )
    for case in overdue.iterator():
        late_enough = (
            add_working_days(case.due_date, settings.COMPLAINTS_ESCALATE_AFTER_DAYS) <= today
        )
        if late_enough and case.escalated_at is None and case.agency.depth > 1:
            workflow.escalate_overdue(case=case)
            escalated += 1
        elif case.overdue_warned_on is None:
            with transaction.atomic():
                Case.objects.filter(pk=case.pk).update(overdue_warned_on=today)
                notifications.overdue_warning(case)
            warned += 1
    return {"warned": warned, "escalated": escalated}


def archive_finished_cases(*, now):
    """Archive every case finished more than COMPLAINTS_ARCHIVE_AFTER_DAYS ago (run daily).

    Answered cases wait at least until the citizen can no longer contest the answer."""
    days = max(settings.COMPLAINTS_ARCHIVE_AFTER_DAYS, settings.COMPLAINTS_GRIEVANCE_DAYS + 1)
    before = now - datetime.timedelta(days=days)
    due = Case.objects.filter(
        Q(status=Status.ANSWERED, answered_at__lt=before)
        | Q(status__in=[Status.CLOSED, Status.REJECTED, Status.WITHDRAWN], closed_at__lt=before)
    )
    archived = 0
    for case in due.only("pk").iterator():
        archived += workflow.archive_case(case=case, now=now) is not None
    return archived


def anonymise_archived_cases(*, now):
    """Remove personal data from cases archived more than COMPLAINTS_RETENTION_YEARS ago."""
    before = now - datetime.timedelta(days=365 * settings.COMPLAINTS_RETENTION_YEARS)
    due = Case.objects.filter(
        status=Status.ARCHIVED, archived_at__lt=before, anonymised_at__isnull=True
    )
    done = 0
    for case in due.only("pk").iterator():
        done += workflow.anonymise_case(case=case, now=now) is not None
    return done

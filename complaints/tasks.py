"""Scheduled work of the complaints app (run by cron or a systemd timer through the
management commands of the same names)."""

from django.conf import settings
from django.db import transaction

from . import notifications, workflow
from .models import Case
from .models.cases import OPEN_STATUSES
from .service_levels import add_working_days


def check_service_levels(*, today):
    """Warn the supervisors once when a case passes its due date; escalate it to the parent
    agency once it is COMPLAINTS_ESCALATE_AFTER_DAYS working days late. Returns the counts."""
    warned = escalated = 0
    overdue = Case.objects.filter(status__in=OPEN_STATUSES, due_date__lt=today).select_related(
        "agency")
    for case in overdue.iterator():
        late_enough = add_working_days(case.due_date,
                                       settings.COMPLAINTS_ESCALATE_AFTER_DAYS) <= today
        if late_enough and case.escalated_at is None and case.agency.depth > 1:
            workflow.escalate_overdue(case=case)
            escalated += 1
        elif case.overdue_warned_on is None:
            with transaction.atomic():
                Case.objects.filter(pk=case.pk).update(overdue_warned_on=today)
                notifications.overdue_warning(case)
            warned += 1
    return {"warned": warned, "escalated": escalated}

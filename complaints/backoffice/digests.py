"""The daily queue digest: one e-mail to each staff member whose queue has cases waiting past
their triage time (``manage.py send_queue_digests``, from cron)."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from complaints.cases import access
from complaints.cases.models.cases import Status
from complaints.cases.roles import INTAKE_MODERATORS
from complaints.messaging import notifications


def waiting_in_queue(user, *, now):
    """Cases in the user's queue that have waited past their triage time."""
    if access.is_intake(user):
        cutoff = now - datetime.timedelta(hours=settings.COMPLAINTS_INTAKE_TRIAGE_HOURS)
        return access.visible_cases(user).filter(status=Status.SUBMITTED, submitted_at__lt=cutoff)
    # A referred case not picked up within its agency's own triage time. Agencies share a
    # handful of triage times, so one condition per distinct time keeps it one indexed query.
    hours = set(access.visible_agencies(user).values_list("triage_hours", flat=True))
    if not hours:
        return access.visible_cases(user).none()
    late = Q()
    for value in hours:
        late |= Q(agency__triage_hours=value, referred_at__lt=now - datetime.timedelta(hours=value))
    return access.visible_cases(user).filter(late, status=Status.REFERRED)


def send_queue_digests(*, now=None):
    """One email a day to each staff member whose queue has cases waiting past triage."""
    now = now or timezone.now()
    sent = 0
    staff = (
        get_user_model()
        .objects.filter(is_active=True, queue_digest=True)
        .filter(
            Q(memberships__isnull=False) | Q(groups__name=INTAKE_MODERATORS) | Q(is_superuser=True)
        )
        .distinct()
    )
    for user in staff:
        count = waiting_in_queue(user, now=now).count()
        if count:
            notifications.queue_digest(user, count=count)
            sent += 1
    return sent

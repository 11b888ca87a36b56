"""Scheduled work of the complaints app (run by cron or a systemd timer through the
management commands of the same names)."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from . import access, notifications, workflow
from .models import Case, CaseFile
from .models.cases import OPEN_STATUSES, Status
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


def waiting_in_queue(user, *, now):
    """Cases in the user's queue that have waited past their triage time."""
    if access.is_intake(user):
        cutoff = now - datetime.timedelta(hours=settings.COMPLAINTS_INTAKE_TRIAGE_HOURS)
        return access.visible_cases(user).filter(status=Status.SUBMITTED,
                                                  submitted_at__lt=cutoff)
    # A referred case not picked up within its agency's own triage time. Agencies share a
    # handful of triage times, so one condition per distinct time keeps it one indexed query.
    hours = set(access.visible_agencies(user).values_list("triage_hours", flat=True))
    if not hours:
        return access.visible_cases(user).none()
    late = Q()
    for value in hours:
        late |= Q(agency__triage_hours=value,
                  referred_at__lt=now - datetime.timedelta(hours=value))
    return access.visible_cases(user).filter(late, status=Status.REFERRED)


def send_queue_digests(*, now=None):
    """One email a day to each staff member whose queue has cases waiting past triage."""
    now = now or timezone.now()
    sent = 0
    staff = get_user_model().objects.filter(is_active=True, queue_digest=True).filter(
        Q(memberships__isnull=False) | Q(groups__name=access.INTAKE_MODERATORS)
        | Q(is_superuser=True)).distinct()
    for user in staff:
        count = waiting_in_queue(user, now=now).count()
        if count:
            notifications.queue_digest(user, count=count)
            sent += 1
    return sent


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
    due = Case.objects.filter(status=Status.ARCHIVED, archived_at__lt=before,
                              anonymised_at__isnull=True)
    done = 0
    for case in due.only("pk").iterator():
        done += workflow.anonymise_case(case=case, now=now) is not None
    return done


@task()
def build_case_file(*, case_file_id: int) -> None:
    """Render a requested case file to PDF and store it (seconds of work: never in a request)."""
    from .case_file import render_case_file

    case_file = CaseFile.objects.select_related("case__category", "case__agency").get(
        pk=case_file_id)
    pdf = render_case_file(case_file.case, case_file.audience)
    case_file.file.save(f"{case_file.case.reference}.pdf", ContentFile(pdf), save=False)
    case_file.ready_at = timezone.now()
    case_file.save(update_fields=["file", "ready_at"])


def request_case_file(*, case, user, audience):
    """Ask for a case file; the task builds it once the request's transaction commits.

    A request while one is still being built returns that one: a double click or a reload
    of the form must not queue a PDF build each (the worker's time is shared)."""
    pending = CaseFile.objects.filter(
        case=case, audience=audience, ready_at__isnull=True,
        requested_at__gte=timezone.now() - datetime.timedelta(minutes=10),
    ).first()
    if pending is not None:
        return pending
    case_file = CaseFile.objects.create(case=case, requested_by=user, audience=audience)
    transaction.on_commit(lambda: build_case_file.enqueue(case_file_id=case_file.pk))
    return case_file



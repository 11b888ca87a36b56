"""The case workflow, in one place.

Every change to a case goes through a function here: it checks that the move is allowed and
that the actor may make it, locks the case row, writes the timeline event and queues the
notifications, all in one transaction. Views, forms, admin actions and tasks call these
functions; nothing else changes a case's status. This module knows nothing of views.

    submitted -> registered -> referred -> in_progress <-> awaiting_citizen -> answered
    -> closed -> archived; submitted/registered -> rejected; any open -> withdrawn;
    answered/closed -> in_progress (reopened)
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import identifiers, notifications, service_levels
from .models import Attachment, Case, CaseEvent
from .models.cases import OPEN_STATUSES, Status

ALLOWED_MOVES = {
    Status.SUBMITTED: {Status.REGISTERED, Status.REJECTED, Status.WITHDRAWN},
    Status.REGISTERED: {Status.REFERRED, Status.REJECTED, Status.WITHDRAWN},
    Status.REFERRED: {Status.IN_PROGRESS, Status.REGISTERED, Status.WITHDRAWN},
    Status.IN_PROGRESS: {
        Status.AWAITING_CITIZEN, Status.ANSWERED, Status.REFERRED, Status.WITHDRAWN,
    },
    Status.AWAITING_CITIZEN: {Status.IN_PROGRESS, Status.WITHDRAWN},
    Status.ANSWERED: {Status.CLOSED, Status.IN_PROGRESS},
    Status.CLOSED: {Status.ARCHIVED, Status.IN_PROGRESS},
    Status.ARCHIVED: set(),
    Status.REJECTED: set(),
    Status.WITHDRAWN: set(),
}


class WorkflowError(Exception):
    """A refused change, with a message fit to show the person who tried it."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _lock(case):
    return Case.objects.select_for_update().get(pk=case.pk)


def _move(case, to_status, *, actor, event_kind, message="", is_public=True, now=None):
    """Change the status of a locked case and write the event that says so."""
    if to_status not in ALLOWED_MOVES[case.status]:
        raise WorkflowError(
            _("A case that is “%(status)s” cannot become “%(target)s”.")
            % {"status": case.get_status_display(), "target": Status(to_status).label}
        )
    now = now or timezone.now()
    event = CaseEvent.objects.create(
        case=case, kind=event_kind, actor=actor, created_at=now, from_status=case.status,
        to_status=to_status, message=message, is_public=is_public,
    )
    case.status = to_status
    case.version += 1
    case.save(update_fields=["status", "version"])
    return event


def _attach(case, event, files, *, uploaded_by, pending=()):
    for checked in files:
        attachment = Attachment(
            case=case, event=event, original_name=checked.original_name,
            content_type=checked.content_type, size=checked.size, sha256=checked.sha256,
            uploaded_by=uploaded_by,
        )
        attachment.file.save(checked.original_name, checked.content, save=False)
        attachment.save()
    for upload in pending:
        attachment = Attachment(
            case=case, event=event, original_name=upload.original_name,
            content_type=upload.content_type, size=upload.size, sha256=upload.sha256,
            uploaded_by=uploaded_by,
        )
        with upload.file.open("rb") as source:
            attachment.file.save(upload.original_name, source, save=False)
        attachment.save()
        upload.file.delete(save=False)
        upload.delete()


@dataclass
class Submission:
    case: Case
    access_code: str | None  # None when the same form had already been submitted


def submit_case(*, citizen, kind, category, agency, subject, details, place, place_country,
                consent_to_publish, files, pending_uploads=(), channel="web", language="ar",
                submission_token=None) -> Submission:
    """Register a new request, complaint or suggestion from a citizen.

    The form's one-time token makes a double click or a resent form return the first case
    instead of creating a second one.
    """
    if submission_token:
        existing = Case.objects.filter(submission_token=submission_token).first()
        if existing is not None:
            return Submission(case=existing, access_code=None)
    now = timezone.now()
    access_code = identifiers.new_access_code()
    try:
        with transaction.atomic():
            reference = identifiers.next_reference(now)
            case = Case.objects.create(
                reference=reference, kind=kind, category=category, agency=agency,
                citizen=citizen, citizen_name=citizen.get_full_name(),
                citizen_phone=str(citizen.phone or ""), citizen_email=citizen.email,
                channel=channel, subject=subject, details=details, place=place,
                place_country=place_country or "", consent_to_publish=consent_to_publish,
                language=language, submitted_at=now,
                due_date=service_levels.due_date(
                    category=category, agency=agency,
                    submitted_on=timezone.localdate(now),
                ),
                access_code_hash=identifiers.hash_access_code(reference, access_code),
                submission_token=submission_token,
            )
            event = CaseEvent.objects.create(
                case=case, kind=CaseEvent.Kind.SUBMITTED, actor=citizen, created_at=now,
                to_status=Status.SUBMITTED, to_agency=agency, is_public=True,
            )
            _attach(case, event, files, uploaded_by=citizen, pending=pending_uploads)
            notifications.case_received(case, access_code=access_code)
    except IntegrityError:
        # The same form arrived twice at once; the other request created the case.
        existing = Case.objects.filter(submission_token=submission_token).first()
        if submission_token and existing is not None:
            return Submission(case=existing, access_code=None)
        raise
    return Submission(case=case, access_code=access_code)


def _require_owner(case, citizen):
    if case.citizen_id is None or case.citizen_id != citizen.pk:
        raise WorkflowError(_("Only the citizen who submitted this case can do this."))


@transaction.atomic
def add_citizen_reply(*, case, citizen, message, files=(), pending_uploads=()):
    """The citizen adds information or files to an open case. A case waiting for the
    citizen goes back to the agency."""
    case = _lock(case)
    _require_owner(case, citizen)
    if case.status not in OPEN_STATUSES:
        raise WorkflowError(_("This case is no longer open, so it cannot receive replies."))
    if case.status == Status.AWAITING_CITIZEN:
        event = _move(case, Status.IN_PROGRESS, actor=citizen,
                      event_kind=CaseEvent.Kind.CITIZEN_REPLY, message=message)
    else:
        event = CaseEvent.objects.create(
            case=case, kind=CaseEvent.Kind.CITIZEN_REPLY, actor=citizen,
            created_at=timezone.now(), message=message, is_public=True,
        )
        case.version += 1
        case.save(update_fields=["version"])
    _attach(case, event, files, uploaded_by=citizen, pending=pending_uploads)
    return case


@transaction.atomic
def withdraw_case(*, case, citizen, reason=""):
    case = _lock(case)
    _require_owner(case, citizen)
    if case.status not in OPEN_STATUSES:
        raise WorkflowError(_("Only an open case can be withdrawn."))
    _move(case, Status.WITHDRAWN, actor=citizen, event_kind=CaseEvent.Kind.WITHDRAWN,
          message=reason)
    case.closed_at = timezone.now()
    case.save(update_fields=["closed_at"])
    return case


@transaction.atomic
def rate_case(*, case, citizen, rating, comment=""):
    """The citizen's satisfaction with the answer: once answered, 1 to 5, changeable."""
    case = _lock(case)
    _require_owner(case, citizen)
    if case.status not in (Status.ANSWERED, Status.CLOSED, Status.ARCHIVED):
        raise WorkflowError(_("You can rate the answer once the case has been answered."))
    if not 1 <= int(rating) <= 5:
        raise WorkflowError(_("Choose a rating from 1 to 5."))
    case.satisfaction_rating = int(rating)
    case.satisfaction_comment = comment
    case.version += 1
    case.save(update_fields=["satisfaction_rating", "satisfaction_comment", "version"])
    CaseEvent.objects.create(
        case=case, kind=CaseEvent.Kind.RATED, actor=citizen, created_at=timezone.now(),
        message=comment, is_public=True,
    )
    return case

"""What citizens do to their own cases: submit, reply, withdraw, rate, contest."""

from __future__ import annotations

import errno
import logging
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from complaints.agencies import service_levels
from complaints.agencies.models import Agency, Category
from complaints.cases import identifiers, stored_files
from complaints.cases.models import Case, CaseEvent
from complaints.cases.models.cases import OPEN_STATUSES, Status
from complaints.cases.workflow.rules import WorkflowError, _attach, _intake_agency, _lock, _move
from complaints.messaging import notifications

if TYPE_CHECKING:
    from citizens_site.core.models import User
    from complaints.cases.models import PendingUpload
    from complaints.cases.uploads import CheckedFile

logger = logging.getLogger(__name__)


@dataclass
class Submission:
    case: Case
    access_code: str | None  # None when the same form had already been submitted


def submit_case(
    *,
    citizen: User | None,
    kind: str,
    category: Category,
    agency: Agency,
    subject: str,
    details: str,
    place: str,
    place_country: str | None,
    consent_to_publish: bool,
    files: Iterable[CheckedFile],
    pending_uploads: Iterable[PendingUpload] = (),
    channel: str = "web",
    language: str = "ar",
    submission_token: uuid.UUID | None = None,
    contact: Mapping[str, str] | None = None,
    entered_by: User | None = None,
) -> Submission:
    """Register a new request, complaint or suggestion from a citizen.

    The form's one-time token makes a double click or a resent form return the first case
    instead of creating a second one, also when both arrive at the same moment. Staff
    entering a case received by phone, in person, by letter or email pass ``entered_by`` and
    the citizen's ``contact`` (name, phone, email); ``citizen`` is then the account, if the
    citizen has one, or None.
    """
    if contact is None:
        if citizen is None:
            raise ValueError("A case entered without an account needs the citizen's contact.")
        contact = {
            "name": citizen.get_full_name(),
            "phone": str(citizen.phone or ""),
            "email": citizen.email,
        }
    if submission_token:
        existing = Case.objects.filter(submission_token=submission_token).first()
        if existing is not None:
            return Submission(case=existing, access_code=None)
    now = timezone.now()
    access_code = identifiers.new_access_code()
    try:
        with stored_files.atomic():
            reference = identifiers.next_reference(now)
            case = Case.objects.create(
                reference=reference,
                kind=kind,
                category=category,
                agency=agency,
                citizen=citizen,
                citizen_name=contact["name"],
                citizen_phone=contact["phone"],
                citizen_email=contact["email"],
                channel=channel,
                subject=subject,
                details=details,
                place=place,
                place_country=place_country or "",
                consent_to_publish=consent_to_publish,
                language=language,
                submitted_at=now,
                due_date=service_levels.due_date(
                    category=category,
                    agency=agency,
                    submitted_on=timezone.localdate(now),
                ),
                access_code_hash=identifiers.hash_access_code(reference, access_code),
                submission_token=submission_token,
            )
            event = CaseEvent.objects.create(
                case=case,
                kind=CaseEvent.Kind.SUBMITTED,
                actor=entered_by or citizen,
                created_at=now,
                to_status=Status.SUBMITTED,
                to_agency=agency,
                is_public=True,
            )
            _attach(case, event, files, uploaded_by=entered_by or citizen, pending=pending_uploads)
            notifications.case_received(case, access_code=access_code)
    except IntegrityError:
        # The same form arrived twice at once: both found no case above, and the other
        # request stored its case first (the token is unique). The atomic block has undone
        # this attempt; answer as for a double click, with the first case.
        existing = (
            Case.objects.filter(submission_token=submission_token).first()
            if submission_token
            else None
        )
        if existing:
            return Submission(case=existing, access_code=None)
        raise
    except (DatabaseError, OSError) as error:
        return _after_failure(error, submission_token, access_code)
    return Submission(case=case, access_code=access_code)


class NotSaved(Exception):
    """The database or the file storage failed while a case was being stored, and it has been
    checked that nothing was kept: no case, no file. The same form may simply be sent again."""


def _after_failure(
    error: DatabaseError | OSError, submission_token: uuid.UUID | None, access_code: str
) -> Submission:
    """Tell a case that was not stored from one whose commit succeeded although the
    connection broke as it was confirmed: look for the form's case again (the database
    connection is opened afresh). If that lookup fails too, nobody can know, and the error
    goes up to the error page, which says what was sent may not have been saved."""
    # The exception's text can quote the citizen's data; its kind and errno are enough.
    logger.error(
        "A case could not be stored: %s%s",
        type(error).__name__,
        f" ({errno.errorcode.get(error.errno, error.errno)})"
        if isinstance(error, OSError) and error.errno
        else "",
    )
    if submission_token is None:
        raise error
    existing = Case.objects.filter(submission_token=submission_token).first()
    if existing is None:
        raise NotSaved from error
    code_is_ours = existing.access_code_hash == identifiers.hash_access_code(
        existing.reference, access_code
    )
    return Submission(case=existing, access_code=access_code if code_is_ours else None)


def _require_owner(case: Case, citizen: User) -> None:
    if case.citizen_id is None or case.citizen_id != citizen.pk:
        raise WorkflowError(_("Only the citizen who submitted this case can do this."))


@stored_files.atomic()
def add_citizen_reply(
    *,
    case: Case,
    citizen: User,
    message: str,
    files: Iterable[CheckedFile] = (),
    pending_uploads: Iterable[PendingUpload] = (),
) -> Case:
    """The citizen adds information or files to an open case. A case waiting for the
    citizen goes back to the agency."""
    case = _lock(case)
    _require_owner(case, citizen)
    if case.status not in OPEN_STATUSES:
        raise WorkflowError(_("This case is no longer open, so it cannot receive replies."))
    if case.status == Status.AWAITING_CITIZEN:
        event = _move(
            case,
            Status.IN_PROGRESS,
            actor=citizen,
            event_kind=CaseEvent.Kind.CITIZEN_REPLY,
            message=message,
        )
    else:
        event = CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.CITIZEN_REPLY,
            actor=citizen,
            created_at=timezone.now(),
            message=message,
            is_public=True,
        )
        case.version += 1
        case.save(update_fields=["version"])
    _attach(case, event, files, uploaded_by=citizen, pending=pending_uploads)
    return case


@transaction.atomic
def withdraw_case(*, case: Case, citizen: User, reason: str = "") -> Case:
    case = _lock(case)
    _require_owner(case, citizen)
    if case.status not in OPEN_STATUSES:
        raise WorkflowError(_("Only an open case can be withdrawn."))
    case.closed_at = timezone.now()
    _move(
        case,
        Status.WITHDRAWN,
        actor=citizen,
        event_kind=CaseEvent.Kind.WITHDRAWN,
        message=reason,
        fields=["closed_at"],
    )
    return case


@transaction.atomic
def rate_case(*, case: Case, citizen: User, rating: int | str, comment: str = "") -> Case:
    """The citizen's satisfaction with the answer: once answered, 1 to 5, changeable."""
    case = _lock(case)
    _require_owner(case, citizen)
    if not case.can_be_rated:
        raise WorkflowError(_("You can rate the answer once the case has been answered."))
    if not 1 <= int(rating) <= 5:
        raise WorkflowError(_("Choose a rating from 1 to 5."))
    case.satisfaction_rating = int(rating)
    case.satisfaction_comment = comment
    case.version += 1
    case.save(update_fields=["satisfaction_rating", "satisfaction_comment", "version"])
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.RATED,
        actor=citizen,
        created_at=timezone.now(),
        message=comment,
        is_public=True,
    )
    return case


@transaction.atomic
def contest_answer(*, case: Case, citizen: User, reason: str) -> Case:
    """The citizen contests the answer within the grievance window: the case reopens at the
    parent agency (the General Secretariat for a ministry or governorate), and is counted."""
    case = _lock(case)
    _require_owner(case, citizen)
    if case.grievance_deadline is None:
        raise WorkflowError(_("Only an answered case can be contested."))
    if not case.can_be_contested:
        raise WorkflowError(_("The time to contest this answer has passed."))
    if not reason.strip():
        raise WorkflowError(_("Say why you contest the answer."))
    parent = case.agency.get_parent() or _intake_agency()
    from_agency, case.agency, case.closed_at = case.agency, parent, None
    _move(
        case,
        Status.IN_PROGRESS,
        actor=citizen,
        event_kind=CaseEvent.Kind.GRIEVANCE,
        message=reason,
        from_agency=from_agency,
        to_agency=parent,
        fields=["agency", "closed_at"],
    )
    notifications.agency_referral(case)
    return case

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
    Status.REFERRED: {
        Status.IN_PROGRESS, Status.AWAITING_CITIZEN, Status.REGISTERED, Status.WITHDRAWN,
    },
    Status.IN_PROGRESS: {
        Status.AWAITING_CITIZEN, Status.ANSWERED, Status.REFERRED, Status.WITHDRAWN,
    },
    Status.AWAITING_CITIZEN: {Status.IN_PROGRESS, Status.ANSWERED, Status.WITHDRAWN},
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
    """Lock the case row alone. Never join in the locking query: when the row changes while
    we wait, PostgreSQL re-checks the join against the new row and may return nothing."""
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
                submission_token=None, contact=None, entered_by=None) -> Submission:
    """Register a new request, complaint or suggestion from a citizen.

    The form's one-time token makes a double click or a resent form return the first case
    instead of creating a second one. Staff entering a case received by phone, in person, by
    letter or email pass ``entered_by`` and the citizen's ``contact`` (name, phone, email);
    ``citizen`` is then the account, if the citizen has one, or None.
    """
    if contact is None:
        contact = {"name": citizen.get_full_name(), "phone": str(citizen.phone or ""),
                   "email": citizen.email}
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
                citizen=citizen, citizen_name=contact["name"],
                citizen_phone=contact["phone"], citizen_email=contact["email"],
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
                case=case, kind=CaseEvent.Kind.SUBMITTED, actor=entered_by or citizen,
                created_at=now, to_status=Status.SUBMITTED, to_agency=agency, is_public=True,
            )
            _attach(case, event, files, uploaded_by=entered_by or citizen,
                    pending=pending_uploads)
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


# --- Staff actions -------------------------------------------------------------------------------
# Which role may take each action, and from which statuses. The admin shows exactly the actions
# this table allows for the case and the user; every function below checks it again.

STAFF = {"intake", "supervisor", "officer"}
AGENCY_STAFF = {"supervisor", "officer"}

ACTIONS = {
    "register": ({"intake"}, {Status.SUBMITTED}),
    "refer": (STAFF, {Status.REGISTERED, Status.IN_PROGRESS}),
    "reply": (STAFF, {Status.REFERRED, Status.IN_PROGRESS, Status.AWAITING_CITIZEN}),
    "note": (STAFF, {*OPEN_STATUSES, Status.ANSWERED, Status.CLOSED}),
    "request_info": (STAFF, {Status.REFERRED, Status.IN_PROGRESS}),
    "resolve": (STAFF, {Status.IN_PROGRESS, Status.AWAITING_CITIZEN}),
    "close": (STAFF, {Status.ANSWERED}),
    "reopen": ({"intake", "supervisor"}, {Status.ANSWERED, Status.CLOSED}),
    "reject": ({"intake"}, {Status.SUBMITTED, Status.REGISTERED}),
    "return": (AGENCY_STAFF, {Status.REFERRED, Status.IN_PROGRESS}),
    "reassign": ({"intake", "supervisor"},
                 {Status.REFERRED, Status.IN_PROGRESS, Status.AWAITING_CITIZEN}),
    "escalate": ({"supervisor"}, {Status.REFERRED, Status.IN_PROGRESS, Status.AWAITING_CITIZEN}),
    "propose_publication": (STAFF, {Status.ANSWERED, Status.CLOSED}),
}

INTAKE_AGENCY_CODE = "GSCM"


class ConcurrentChange(WorkflowError):
    """Someone else changed the case after this person opened it."""


def available_actions(user, case):
    from .access import role_for

    role = role_for(user, case)
    if role is None:
        return []
    return [name for name, (roles, statuses) in ACTIONS.items()
            if role in roles and case.status in statuses
            and (name != "propose_publication" or case.consent_to_publish)]


def _begin(case, actor, action, expected_version):
    """Lock the case, then refuse a stale form, a move from the wrong status or the wrong role."""
    from .access import role_for

    case = _lock(case)
    if expected_version is not None and case.version != expected_version:
        raise ConcurrentChange(_(
            "This case changed since you opened it. Your text is kept below: check the "
            "timeline, then send it again if it still applies."))
    roles, statuses = ACTIONS[action]
    if role_for(actor, case) not in roles:
        raise WorkflowError(_("Your role does not allow this action on this case."))
    if case.status not in statuses:
        raise WorkflowError(
            _("This action is not possible while the case is “%(status)s”.")
            % {"status": case.get_status_display()})
    return case


def _event(case, kind, actor, **fields):
    fields.setdefault("created_at", timezone.now())
    fields.setdefault("is_public", False)
    event = CaseEvent.objects.create(case=case, kind=kind, actor=actor, **fields)
    case.version += 1
    case.save(update_fields=["version"])
    return event


@transaction.atomic
def register_case(*, case, actor, kind, category, agency, priority, expected_version=None):
    case = _begin(case, actor, "register", expected_version)
    case.kind, case.category, case.agency, case.priority = kind, category, agency, priority
    case.registered_at = timezone.now()
    case.due_date = service_levels.due_date(category=category, agency=agency,
                                            submitted_on=timezone.localdate(case.submitted_at))
    case.save(update_fields=["kind", "category", "agency", "priority", "registered_at",
                             "due_date"])
    event = _move(case, Status.REGISTERED, actor=actor, event_kind=CaseEvent.Kind.REGISTERED)
    notifications.citizen_update(case, event)
    return case


@transaction.atomic
def refer_case(*, case, actor, agency, reason, expected_version=None):
    case = _begin(case, actor, "refer", expected_version)
    from_agency = case.agency
    case.agency, case.referred_at = agency, timezone.now()
    case.save(update_fields=["agency", "referred_at"])
    # The citizen sees where the case went; the reason stays an internal note.
    event = _move(case, Status.REFERRED, actor=actor, event_kind=CaseEvent.Kind.REFERRED)
    CaseEvent.objects.filter(pk=event.pk).update(from_agency=from_agency, to_agency=agency)
    if reason.strip():
        _event(case, CaseEvent.Kind.NOTE, actor, message=reason)
    notifications.agency_referral(case)
    return case


@transaction.atomic
def reply_to_citizen(*, case, actor, message, files=(), expected_version=None):
    case = _begin(case, actor, "reply", expected_version)
    now = timezone.now()
    if case.status == Status.IN_PROGRESS:
        event = _event(case, CaseEvent.Kind.REPLY, actor, message=message, is_public=True)
    else:
        event = _move(case, Status.IN_PROGRESS, actor=actor, event_kind=CaseEvent.Kind.REPLY,
                      message=message)
    if case.first_reply_at is None:
        case.first_reply_at = now
        case.save(update_fields=["first_reply_at"])
    _attach(case, event, files, uploaded_by=actor)
    notifications.citizen_update(case, event)
    return case


@transaction.atomic
def add_internal_note(*, case, actor, message, expected_version=None):
    case = _begin(case, actor, "note", expected_version)
    _event(case, CaseEvent.Kind.NOTE, actor, message=message, is_public=False)
    return case


@transaction.atomic
def request_information(*, case, actor, message, expected_version=None):
    case = _begin(case, actor, "request_info", expected_version)
    event = _move(case, Status.AWAITING_CITIZEN, actor=actor,
                  event_kind=CaseEvent.Kind.INFO_REQUESTED, message=message)
    notifications.citizen_update(case, event)
    return case


@transaction.atomic
def resolve_case(*, case, actor, resolution, cause, message, expected_version=None):
    from .outcomes import REASON_REQUIRED, RESOLUTIONS_BY_KIND

    case = _begin(case, actor, "resolve", expected_version)
    if resolution not in RESOLUTIONS_BY_KIND[case.kind]:
        raise WorkflowError(_("This outcome does not fit this kind of case."))
    if resolution in REASON_REQUIRED and not message.strip():
        raise WorkflowError(_("Say why: this outcome needs its reason (for a refused request, "
                              "the legal basis)."))
    case.resolution_code, case.cause_code = resolution, cause
    case.answered_at = timezone.now()
    case.save(update_fields=["resolution_code", "cause_code", "answered_at"])
    event = _move(case, Status.ANSWERED, actor=actor, event_kind=CaseEvent.Kind.RESOLVED,
                  message=message)
    notifications.citizen_update(case, event)
    return case


@transaction.atomic
def close_case(*, case, actor, expected_version=None):
    case = _begin(case, actor, "close", expected_version)
    case.closed_at = timezone.now()
    case.save(update_fields=["closed_at"])
    _move(case, Status.CLOSED, actor=actor, event_kind=CaseEvent.Kind.CLOSED)
    return case


@transaction.atomic
def reopen_case(*, case, actor, reason, expected_version=None):
    case = _begin(case, actor, "reopen", expected_version)
    if not reason.strip():
        raise WorkflowError(_("Give the reason for reopening."))
    case.closed_at = None
    case.save(update_fields=["closed_at"])
    event = _move(case, Status.IN_PROGRESS, actor=actor, event_kind=CaseEvent.Kind.REOPENED,
                  message=reason)
    notifications.citizen_update(case, event)
    return case


@transaction.atomic
def reject_case(*, case, actor, reason, message="", merge_into=None, expected_version=None):
    from .outcomes import RejectionReason

    case = _begin(case, actor, "reject", expected_version)
    if reason == RejectionReason.DUPLICATE:
        if merge_into is None or merge_into.pk == case.pk:
            raise WorkflowError(_("Name the case this one duplicates."))
        survivor = Case.objects.select_for_update().get(pk=merge_into.pk)
        joined = _event(survivor, CaseEvent.Kind.MERGED, actor, message=case.reference,
                        is_public=True)
        notifications.citizen_update(survivor, joined)  # both citizens are told
    case.closed_at = timezone.now()
    case.resolution_code = reason
    case.save(update_fields=["closed_at", "resolution_code"])
    event = _move(case, Status.REJECTED, actor=actor, event_kind=(
        CaseEvent.Kind.MERGED if merge_into else CaseEvent.Kind.REJECTED),
        message=message or (merge_into.reference if merge_into else ""))
    notifications.citizen_update(case, event)
    return case


@transaction.atomic
def return_not_ours(*, case, actor, reason, expected_version=None):
    """The agency says the case is not theirs: back to intake for re-routing (and counted)."""
    case = _begin(case, actor, "return", expected_version)
    if not reason.strip():
        raise WorkflowError(_("Say why the case is not your agency's."))
    from_agency = case.agency
    case.agency = _intake_agency()
    case.save(update_fields=["agency"])
    event = _move(case, Status.REGISTERED, actor=actor, event_kind=CaseEvent.Kind.RETURNED,
                  message=reason, is_public=False)
    CaseEvent.objects.filter(pk=event.pk).update(from_agency=from_agency, to_agency=case.agency)
    return case


def _intake_agency():
    from .models import Agency

    return Agency.objects.get(code=INTAKE_AGENCY_CODE)


@transaction.atomic
def reassign_case(*, case, actor, agency, reason="", expected_version=None):
    """A supervisor moves the case within their subtree (intake anywhere)."""
    from .access import is_intake, visible_agencies

    case = _begin(case, actor, "reassign", expected_version)
    if not is_intake(actor) and not visible_agencies(actor).filter(pk=agency.pk).exists():
        raise WorkflowError(_("You can reassign only within your own agency."))
    from_agency = case.agency
    case.agency = agency
    case.save(update_fields=["agency"])
    _event(case, CaseEvent.Kind.REASSIGNED, actor, message=reason, from_agency=from_agency,
           to_agency=agency)
    notifications.agency_referral(case)
    return case


@transaction.atomic
def escalate_case(*, case, actor, reason="", expected_version=None):
    case = _begin(case, actor, "escalate", expected_version)
    parent = case.agency.get_parent()
    if parent is None:
        raise WorkflowError(_("This agency has no parent to escalate to."))
    from_agency = case.agency
    case.agency = parent
    case.save(update_fields=["agency"])
    _event(case, CaseEvent.Kind.ESCALATED, actor, message=reason, from_agency=from_agency,
           to_agency=parent)
    notifications.agency_referral(case)
    return case


@transaction.atomic
def escalate_overdue(*, case):
    """The scheduled service-level check moves a long-overdue case to the parent agency."""
    case = _lock(case)
    parent = case.agency.get_parent()
    if parent is None or case.escalated_at is not None or case.status not in OPEN_STATUSES:
        return case
    from_agency = case.agency
    case.agency, case.escalated_at = parent, timezone.now()
    case.save(update_fields=["agency", "escalated_at"])
    _event(case, CaseEvent.Kind.ESCALATED, None, from_agency=from_agency, to_agency=parent,
           message=_("Escalated automatically: past its service level."))
    notifications.agency_referral(case)
    return case


# --- Publication of anonymised answers, and the citizen's grievance -------------------------------

@transaction.atomic
def propose_public_answer(*, case, actor, question, answer, expected_version=None):
    """Offer an anonymised question and answer for the public page; only with consent."""
    from .models import PublicAnswer

    case = _begin(case, actor, "propose_publication", expected_version)
    if not case.consent_to_publish:
        raise WorkflowError(_("The citizen did not agree to publication."))
    proposal, _created = PublicAnswer.objects.update_or_create(case=case, defaults={
        "agency": case.agency, "category": case.category, "language": case.language,
        "question": question, "answer": answer, "status": PublicAnswer.Status.PROPOSED,
        "proposed_by": actor, "proposed_at": timezone.now(), "published_at": None,
    })
    _event(case, CaseEvent.Kind.NOTE, actor, message=_("Proposed for publication."))
    return proposal


@transaction.atomic
def review_public_answer(*, proposal, actor, question, answer, approve):
    """An intake moderator edits and approves (or rejects) a proposal. Approval waits until
    the personal-data check finds nothing."""
    from citizens_site.core.text import normalize_arabic

    from .access import is_intake
    from .models import PublicAnswer
    from .pii import find_personal_data

    if not is_intake(actor):
        raise WorkflowError(_("Only intake moderators approve publications."))
    proposal = PublicAnswer.objects.select_for_update().get(pk=proposal.pk)
    proposal.question, proposal.answer, proposal.reviewed_by = question, answer, actor
    if approve:
        found = find_personal_data(f"{question}\n{answer}", names=[proposal.case.citizen_name])
        if found:
            raise WorkflowError(
                _("Remove the personal data first: %(found)s") % {"found": "، ".join(found)})
        proposal.status, proposal.published_at = PublicAnswer.Status.APPROVED, timezone.now()
        proposal.search_text = normalize_arabic(f"{question} {answer}")
    else:
        proposal.status, proposal.published_at = PublicAnswer.Status.REJECTED, None
    proposal.save()
    return proposal


@transaction.atomic
def contest_answer(*, case, citizen, reason):
    """The citizen contests the answer within the grievance window: the case reopens at the
    parent agency (the General Secretariat for a ministry or governorate), and is counted."""
    import datetime

    from django.conf import settings

    case = _lock(case)
    _require_owner(case, citizen)
    if case.status not in (Status.ANSWERED, Status.CLOSED) or case.answered_at is None:
        raise WorkflowError(_("Only an answered case can be contested."))
    window = datetime.timedelta(days=settings.COMPLAINTS_GRIEVANCE_DAYS)
    if timezone.now() > case.answered_at + window:
        raise WorkflowError(_("The time to contest this answer has passed."))
    if not reason.strip():
        raise WorkflowError(_("Say why you contest the answer."))
    parent = case.agency.get_parent() or _intake_agency()
    from_agency, case.agency, case.closed_at = case.agency, parent, None
    case.save(update_fields=["agency", "closed_at"])
    event = _move(case, Status.IN_PROGRESS, actor=citizen, event_kind=CaseEvent.Kind.GRIEVANCE,
                  message=reason)
    CaseEvent.objects.filter(pk=event.pk).update(from_agency=from_agency, to_agency=parent)
    notifications.agency_referral(case)
    return case

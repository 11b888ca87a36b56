"""What staff do to cases: routing, answering, closing, and the scheduled escalation."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from complaints.agencies import service_levels
from complaints.cases.access import is_intake, visible_agencies
from complaints.cases.models import Case, CaseEvent
from complaints.cases.models.cases import OPEN_STATUSES, Status
from complaints.cases.outcomes import REASON_REQUIRED, RESOLUTIONS_BY_KIND, RejectionReason
from complaints.cases.workflow.rules import (
    WorkflowError,
    _attach,
    _begin,
    _event,
    _intake_agency,
    _lock,
    _move,
)
from complaints.messaging import notifications


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
    _move(case, Status.REFERRED, actor=actor, event_kind=CaseEvent.Kind.REFERRED,
          from_agency=from_agency, to_agency=agency)
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
    _move(case, Status.REGISTERED, actor=actor, event_kind=CaseEvent.Kind.RETURNED,
          message=reason, is_public=False, from_agency=from_agency, to_agency=case.agency)
    return case


@transaction.atomic
def reassign_case(*, case, actor, agency, reason="", expected_version=None):
    """A supervisor moves the case within their subtree (intake anywhere)."""
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

"""What staff do to cases: routing, answering, closing, and the scheduled escalation.

Each staff action is one function declared with ``@staff_action`` (actions.py): who may take
it from which status, its label, its form and its audit-log label sit on the function. The
decorator locks and checks the case, so each body starts from the locked case; each body then
saves the case once."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from complaints.agencies import service_levels
from complaints.agencies.models import Agency, Category
from complaints.cases.access import is_intake, visible_agencies
from complaints.cases.models import Case, CaseEvent
from complaints.cases.models.cases import OPEN_STATUSES, Status
from complaints.cases.outcomes import REASON_REQUIRED, RESOLUTIONS_BY_KIND, RejectionReason
from complaints.cases.workflow.actions import AGENCY_STAFF, STAFF, staff_action
from complaints.cases.workflow.rules import (
    WorkflowError,
    _attach,
    _event,
    _intake_agency,
    _lock,
    _move,
    _record,
)
from complaints.messaging import notifications

if TYPE_CHECKING:
    from citizens_site.core.models import User
    from complaints.cases.uploads import CheckedFile


@staff_action(
    name="register",
    label=_("Register"),
    log_label=_("Registered"),
    roles={"intake"},
    statuses={Status.SUBMITTED},
    form="complaints.backoffice.forms.RegisterForm",
)
def register_case(
    *, case: Case, actor: User, kind: str, category: Category, agency: Agency, priority: str
) -> Case:
    case.kind, case.category, case.agency, case.priority = kind, category, agency, priority
    case.registered_at = timezone.now()
    case.due_date = service_levels.due_date(
        category=category, agency=agency, submitted_on=timezone.localdate(case.submitted_at)
    )
    event = _move(
        case,
        Status.REGISTERED,
        actor=actor,
        event_kind=CaseEvent.Kind.REGISTERED,
        fields=["kind", "category", "agency", "priority", "registered_at", "due_date"],
    )
    notifications.citizen_update(case, event)
    return case


@staff_action(
    name="refer",
    label=_("Refer"),
    log_label=_("Referred"),
    roles=STAFF,
    statuses={Status.REGISTERED, Status.IN_PROGRESS},
    form="complaints.backoffice.forms.ReferForm",
)
def refer_case(*, case: Case, actor: User, agency: Agency, reason: str) -> Case:
    from_agency = case.agency
    case.agency, case.referred_at = agency, timezone.now()
    # The citizen sees where the case went; the reason stays an internal note.
    _move(
        case,
        Status.REFERRED,
        actor=actor,
        event_kind=CaseEvent.Kind.REFERRED,
        from_agency=from_agency,
        to_agency=agency,
        fields=["agency", "referred_at"],
    )
    if reason.strip():
        _record(case, CaseEvent.Kind.NOTE, actor, message=reason)
    notifications.agency_referral(case)
    return case


@staff_action(
    name="reply",
    label=_("Reply"),
    log_label=_("Replied"),
    roles=STAFF,
    statuses={Status.REFERRED, Status.IN_PROGRESS, Status.AWAITING_CITIZEN},
    form="complaints.backoffice.forms.ReplyForm",
)
def reply_to_citizen(
    *, case: Case, actor: User, message: str, files: Iterable[CheckedFile] = ()
) -> Case:
    fields = []
    if case.first_reply_at is None:
        case.first_reply_at = timezone.now()
        fields.append("first_reply_at")
    if case.status == Status.IN_PROGRESS:
        event = _event(
            case, CaseEvent.Kind.REPLY, actor, message=message, is_public=True, fields=fields
        )
    else:
        event = _move(
            case,
            Status.IN_PROGRESS,
            actor=actor,
            event_kind=CaseEvent.Kind.REPLY,
            message=message,
            fields=fields,
        )
    _attach(case, event, files, uploaded_by=actor)
    notifications.citizen_update(case, event)
    return case


@staff_action(
    name="note",
    label=_("Internal note"),
    log_label=_("Added an internal note"),
    roles=STAFF,
    statuses={*OPEN_STATUSES, Status.ANSWERED, Status.CLOSED},
    form="complaints.backoffice.forms.NoteForm",
)
def add_internal_note(*, case: Case, actor: User, message: str) -> Case:
    _event(case, CaseEvent.Kind.NOTE, actor, message=message, is_public=False)
    return case


@staff_action(
    name="request_info",
    label=_("Request information"),
    log_label=_("Requested information"),
    roles=STAFF,
    statuses={Status.REFERRED, Status.IN_PROGRESS},
    form="complaints.backoffice.forms.RequestInfoForm",
)
def request_information(*, case: Case, actor: User, message: str) -> Case:
    event = _move(
        case,
        Status.AWAITING_CITIZEN,
        actor=actor,
        event_kind=CaseEvent.Kind.INFO_REQUESTED,
        message=message,
    )
    notifications.citizen_update(case, event)
    return case


@staff_action(
    name="resolve",
    label=_("Resolve"),
    log_label=_("Resolved"),
    roles=STAFF,
    statuses={Status.IN_PROGRESS, Status.AWAITING_CITIZEN},
    form="complaints.backoffice.forms.ResolveForm",
)
def resolve_case(*, case: Case, actor: User, resolution: str, cause: str, message: str) -> Case:
    if resolution not in RESOLUTIONS_BY_KIND[case.kind]:
        raise WorkflowError(_("This outcome does not fit this kind of case."))
    if resolution in REASON_REQUIRED and not message.strip():
        raise WorkflowError(
            _("Say why: this outcome needs its reason (for a refused request, the legal basis).")
        )
    case.resolution_code, case.cause_code = resolution, cause
    case.answered_at = timezone.now()
    event = _move(
        case,
        Status.ANSWERED,
        actor=actor,
        event_kind=CaseEvent.Kind.RESOLVED,
        message=message,
        fields=["resolution_code", "cause_code", "answered_at"],
    )
    notifications.citizen_update(case, event)
    return case


@staff_action(
    name="close",
    label=_("Close"),
    log_label=_("Closed"),
    roles=STAFF,
    statuses={Status.ANSWERED},
    form="complaints.backoffice.forms.CloseForm",
)
def close_case(*, case: Case, actor: User) -> Case:
    case.closed_at = timezone.now()
    _move(case, Status.CLOSED, actor=actor, event_kind=CaseEvent.Kind.CLOSED, fields=["closed_at"])
    return case


@staff_action(
    name="reopen",
    label=_("Reopen"),
    log_label=_("Reopened"),
    roles={"intake", "supervisor"},
    statuses={Status.ANSWERED, Status.CLOSED},
    form="complaints.backoffice.forms.ReopenForm",
)
def reopen_case(*, case: Case, actor: User, reason: str) -> Case:
    if not reason.strip():
        raise WorkflowError(_("Give the reason for reopening."))
    case.closed_at = None
    event = _move(
        case,
        Status.IN_PROGRESS,
        actor=actor,
        event_kind=CaseEvent.Kind.REOPENED,
        message=reason,
        fields=["closed_at"],
    )
    notifications.citizen_update(case, event)
    return case


@staff_action(
    name="reject",
    label=_("Reject"),
    log_label=_("Rejected"),
    roles={"intake"},
    statuses={Status.SUBMITTED, Status.REGISTERED},
    form="complaints.backoffice.forms.RejectForm",
)
def reject_case(
    *, case: Case, actor: User, reason: str, message: str = "", merge_into: Case | None = None
) -> Case:
    if reason == RejectionReason.DUPLICATE:
        if merge_into is None or merge_into.pk == case.pk:
            raise WorkflowError(_("Name the case this one duplicates."))
        survivor = Case.objects.select_for_update().get(pk=merge_into.pk)
        joined = _event(
            survivor, CaseEvent.Kind.MERGED, actor, message=case.reference, is_public=True
        )
        notifications.citizen_update(survivor, joined)  # both citizens are told
    case.closed_at = timezone.now()
    case.resolution_code = reason
    event = _move(
        case,
        Status.REJECTED,
        actor=actor,
        event_kind=(CaseEvent.Kind.MERGED if merge_into else CaseEvent.Kind.REJECTED),
        message=message or (merge_into.reference if merge_into else ""),
        fields=["closed_at", "resolution_code"],
    )
    notifications.citizen_update(case, event)
    return case


@staff_action(
    name="return",
    label=_("Not our agency"),
    log_label=_("Returned as not the agency's"),
    roles=AGENCY_STAFF,
    statuses={Status.REFERRED, Status.IN_PROGRESS},
    form="complaints.backoffice.forms.ReturnForm",
)
def return_not_ours(*, case: Case, actor: User, reason: str) -> Case:
    """The agency says the case is not theirs: back to intake for re-routing (and counted)."""
    if not reason.strip():
        raise WorkflowError(_("Say why the case is not your agency's."))
    from_agency = case.agency
    case.agency = _intake_agency()
    _move(
        case,
        Status.REGISTERED,
        actor=actor,
        event_kind=CaseEvent.Kind.RETURNED,
        message=reason,
        is_public=False,
        from_agency=from_agency,
        to_agency=case.agency,
        fields=["agency"],
    )
    return case


@staff_action(
    name="reassign",
    label=_("Reassign"),
    log_label=_("Reassigned"),
    roles={"intake", "supervisor"},
    statuses={Status.REFERRED, Status.IN_PROGRESS, Status.AWAITING_CITIZEN},
    form="complaints.backoffice.forms.ReassignForm",
)
def reassign_case(*, case: Case, actor: User, agency: Agency, reason: str = "") -> Case:
    """A supervisor moves the case within their subtree (intake anywhere)."""
    if not is_intake(actor) and not visible_agencies(actor).filter(pk=agency.pk).exists():
        raise WorkflowError(_("You can reassign only within your own agency."))
    from_agency = case.agency
    case.agency = agency
    _event(
        case,
        CaseEvent.Kind.REASSIGNED,
        actor,
        message=reason,
        from_agency=from_agency,
        to_agency=agency,
        fields=["agency"],
    )
    notifications.agency_referral(case)
    return case


@staff_action(
    name="escalate",
    label=_("Escalate to the parent agency"),
    log_label=_("Escalated"),
    roles={"supervisor"},
    statuses={Status.REFERRED, Status.IN_PROGRESS, Status.AWAITING_CITIZEN},
    form="complaints.backoffice.forms.EscalateForm",
)
def escalate_case(*, case: Case, actor: User, reason: str = "") -> Case:
    parent = case.agency.get_parent()
    if parent is None:
        raise WorkflowError(_("This agency has no parent to escalate to."))
    from_agency = case.agency
    case.agency = parent
    _event(
        case,
        CaseEvent.Kind.ESCALATED,
        actor,
        message=reason,
        from_agency=from_agency,
        to_agency=parent,
        fields=["agency"],
    )
    notifications.agency_referral(case)
    return case


@transaction.atomic
def escalate_overdue(*, case: Case) -> Case:
    """The scheduled service-level check moves a long-overdue case to the parent agency."""
    case = _lock(case)
    parent = case.agency.get_parent()
    if parent is None or case.escalated_at is not None or case.status not in OPEN_STATUSES:
        return case
    from_agency = case.agency
    case.agency, case.escalated_at = parent, timezone.now()
    _event(
        case,
        CaseEvent.Kind.ESCALATED,
        None,
        from_agency=from_agency,
        to_agency=parent,
        fields=["agency", "escalated_at"],
        message=_("Escalated automatically: past its service level."),
    )
    notifications.agency_referral(case)
    return case

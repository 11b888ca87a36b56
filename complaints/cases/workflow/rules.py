"""The workflow's rules and the steps every change shares: the allowed moves, who may take
each action from which status, locking, and writing the timeline."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from complaints.agencies.models import Agency
from complaints.cases.access import role_for
from complaints.cases.models import Attachment, Case, CaseEvent
from complaints.cases.models.cases import OPEN_STATUSES, Status

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
    Status.ANSWERED: {Status.CLOSED, Status.IN_PROGRESS, Status.ARCHIVED},
    Status.CLOSED: {Status.ARCHIVED, Status.IN_PROGRESS},
    Status.ARCHIVED: {Status.IN_PROGRESS},
    Status.REJECTED: {Status.ARCHIVED},
    Status.WITHDRAWN: {Status.ARCHIVED},
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


def _move(case, to_status, *, actor, event_kind, message="", is_public=True, now=None,
          from_agency=None, to_agency=None):
    """Change the status of a locked case and write the event that says so."""
    if to_status not in ALLOWED_MOVES[case.status]:
        raise WorkflowError(
            _("A case that is “%(status)s” cannot become “%(target)s”.")
            % {"status": case.get_status_display(), "target": Status(to_status).label}
        )
    now = now or timezone.now()
    event = CaseEvent.objects.create(
        case=case, kind=event_kind, actor=actor, created_at=now, from_status=case.status,
        to_status=to_status, message=message, is_public=is_public, from_agency=from_agency,
        to_agency=to_agency,
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
    "reopen_archived": ({"intake"}, {Status.ARCHIVED}),
}

INTAKE_AGENCY_CODE = "GSCM"


class ConcurrentChange(WorkflowError):
    """Someone else changed the case after this person opened it."""


def available_actions(user, case):

    role = role_for(user, case)
    if role is None:
        return []
    return [name for name, (roles, statuses) in ACTIONS.items()
            if role in roles and case.status in statuses
            and (name != "propose_publication" or case.consent_to_publish)]


def _begin(case, actor, action, expected_version):
    """Lock the case, then refuse a stale form, a move from the wrong status or the wrong role."""
    case = _lock(case)
    if expected_version is not None and case.version != expected_version:
        raise ConcurrentChange(_(
            "This case changed since you opened it. Your text is kept below: check the "
            "timeline, then send it again if it still applies."))
    check_action(case, actor, action)
    return case


def check_action(case, actor, action):
    """Refuse, with a message for the person, an action their role or the case's status does
    not allow (every staff action checks it again on the locked case)."""
    roles, statuses = ACTIONS[action]
    if role_for(actor, case) not in roles:
        raise WorkflowError(_("Your role does not allow this action on this case."))
    if case.status not in statuses:
        raise WorkflowError(
            _("This action is not possible while the case is “%(status)s”.")
            % {"status": case.get_status_display()})


def _event(case, kind, actor, **fields):
    fields.setdefault("created_at", timezone.now())
    fields.setdefault("is_public", False)
    event = CaseEvent.objects.create(case=case, kind=kind, actor=actor, **fields)
    case.version += 1
    case.save(update_fields=["version"])
    return event


def _intake_agency():

    return Agency.objects.get(code=INTAKE_AGENCY_CODE)

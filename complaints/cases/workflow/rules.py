"""The workflow's rules and the steps every change shares: the allowed moves, locking, and
writing the timeline. Who may take which staff action from which status is declared with each
action (actions.py).

Each change saves the case once: the step that writes its event (``_move`` or ``_event``)
saves the status and version together with the other fields the change set (``fields``)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from complaints.agencies.models import Agency
from complaints.cases import stored_files
from complaints.cases.models import Attachment, Case, CaseEvent, PendingUpload
from complaints.cases.models.cases import Status

if TYPE_CHECKING:
    from citizens_site.core.models import User
    from complaints.cases.uploads import CheckedFile

ALLOWED_MOVES: dict[str, set[str]] = {
    Status.SUBMITTED: {Status.REGISTERED, Status.REJECTED, Status.WITHDRAWN},
    Status.REGISTERED: {Status.REFERRED, Status.REJECTED, Status.WITHDRAWN},
    Status.REFERRED: {
        Status.IN_PROGRESS,
        Status.AWAITING_CITIZEN,
        Status.REGISTERED,
        Status.WITHDRAWN,
    },
    # Back to REGISTERED: an officer who opened the case finds it is another agency's.
    Status.IN_PROGRESS: {
        Status.AWAITING_CITIZEN,
        Status.ANSWERED,
        Status.REFERRED,
        Status.REGISTERED,
        Status.WITHDRAWN,
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

    def __init__(self, message: str | Promise) -> None:
        super().__init__(message)
        self.message = message


def _lock(case: Case) -> Case:
    """Lock the case row alone. Never join in the locking query: when the row changes while
    we wait, PostgreSQL re-checks the join against the new row and may return nothing."""
    return Case.objects.select_for_update().get(pk=case.pk)


def _move(
    case: Case,
    to_status: str,
    *,
    actor: User | None,
    event_kind: str,
    message: str = "",
    is_public: bool = True,
    now: datetime.datetime | None = None,
    from_agency: Agency | None = None,
    to_agency: Agency | None = None,
    fields: Sequence[str] = (),
) -> CaseEvent:
    """Change the status of a locked case and write the event that says so; save the case,
    with the other `fields` the change set."""
    if to_status not in ALLOWED_MOVES[case.status]:
        raise WorkflowError(
            _("A case that is “%(status)s” cannot become “%(target)s”.")
            % {"status": case.get_status_display(), "target": Status(to_status).label}
        )
    now = now or timezone.now()
    event = CaseEvent.objects.create(
        case=case,
        kind=event_kind,
        actor=actor,
        created_at=now,
        from_status=case.status,
        to_status=to_status,
        message=message,
        is_public=is_public,
        from_agency=from_agency,
        to_agency=to_agency,
    )
    case.status = to_status
    case.version += 1
    case.save(update_fields=["status", "version", *fields])
    return event


def _attach(
    case: Case,
    event: CaseEvent,
    files: Iterable[CheckedFile],
    *,
    uploaded_by: User | None,
    pending: Iterable[PendingUpload] = (),
) -> None:
    """Store the files of ``event``: each checked file is written (inside the caller's
    ``stored_files.atomic()``, so a failure later in the transaction deletes it again), and
    each file kept from a failed attempt changes owner without being copied: its attachment
    row takes over the stored file and its pending row goes, in the same transaction, so a
    failure leaves the kept file where it was."""
    for checked in files:
        attachment = Attachment(
            case=case,
            event=event,
            original_name=checked.original_name,
            content_type=checked.content_type,
            size=checked.size,
            sha256=checked.sha256,
            uploaded_by=uploaded_by,
        )
        stored_files.save(attachment.file, checked.original_name, checked.content)
        attachment.save()
    for upload in pending:
        # Claimed by deleting its row: if the daily sweep took it a moment ago, its file is
        # gone and no attachment may name it.
        claimed = PendingUpload.objects.filter(pk=upload.pk).delete()[0]
        if not claimed:
            continue
        Attachment.objects.create(
            case=case,
            event=event,
            file=upload.file.name,
            original_name=upload.original_name,
            content_type=upload.content_type,
            size=upload.size,
            sha256=upload.sha256,
            uploaded_by=uploaded_by,
        )


INTAKE_AGENCY_CODE = "GSCM"


def _event(
    case: Case, kind: str, actor: User | None, *, fields: Sequence[str] = (), **event_fields: Any
) -> CaseEvent:
    """Write an event that leaves the status as it is; save the case, with the other `fields`
    the change set."""
    event = _record(case, kind, actor, **event_fields)
    case.version += 1
    case.save(update_fields=["version", *fields])
    return event


def _record(case: Case, kind: str, actor: User | None, **event_fields: Any) -> CaseEvent:
    """Write an event without saving the case: the second event of a change already saved."""
    event_fields.setdefault("created_at", timezone.now())
    event_fields.setdefault("is_public", False)
    return CaseEvent.objects.create(case=case, kind=kind, actor=actor, **event_fields)


def _intake_agency() -> Agency:

    return Agency.objects.get(code=INTAKE_AGENCY_CODE)

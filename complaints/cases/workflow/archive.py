"""The fourth stage: finished cases go to the archive, where they are read-only; an intake
moderator may reopen one with a reason; after the retention period their personal data are
removed while the figures the indicators count (agency, category, dates, codes, rating) stay.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from complaints.cases.models import Case, CaseEvent
from complaints.cases.models.cases import Status
from complaints.cases.workflow.actions import staff_action
from complaints.cases.workflow.rules import WorkflowError, _lock, _move
from complaints.messaging import notifications

if TYPE_CHECKING:
    from citizens_site.core.models import User

# What is finished and may be archived: answered (once the citizen can no longer contest),
# closed, rejected or withdrawn.
ARCHIVABLE = [Status.ANSWERED, Status.CLOSED, Status.REJECTED, Status.WITHDRAWN]


@transaction.atomic
def archive_case(*, case: Case, now: datetime.datetime) -> Case | None:
    """Archive one finished case (a scheduled task calls this; no person acts)."""
    case = _lock(case)
    if case.status not in ARCHIVABLE:
        return None  # reopened since it was selected
    case.archived_at = now
    _move(
        case,
        Status.ARCHIVED,
        actor=None,
        event_kind=CaseEvent.Kind.ARCHIVED,
        now=now,
        fields=["archived_at"],
    )
    return case


@staff_action(
    name="reopen_archived",
    label=gettext_lazy("Reopen from the archive"),
    log_label=gettext_lazy("Reopened from the archive"),
    roles={"intake"},
    statuses={Status.ARCHIVED},
    form="complaints.backoffice.forms.ReopenForm",
)
def reopen_archived_case(*, case: Case, actor: User, reason: str) -> Case:
    if not reason.strip():
        raise WorkflowError(_("Give the reason for reopening."))
    if case.anonymised_at:
        raise WorkflowError(_("This case's personal data were removed: it cannot be reopened."))
    case.archived_at = None
    case.closed_at = None
    event = _move(
        case,
        Status.IN_PROGRESS,
        actor=actor,
        event_kind=CaseEvent.Kind.REOPENED,
        message=reason,
        fields=["archived_at", "closed_at"],
    )
    notifications.citizen_update(case, event)
    return case


@transaction.atomic
def anonymise_case(*, case: Case, now: datetime.datetime) -> Case | None:
    """Remove what identifies the citizen from an archived case, its timeline, its files and
    its PDFs.

    The one exception to the append-only timeline: the law on personal data outranks it.
    Kept: reference, kind, agency, category, channel, place, dates, outcome codes and rating.
    """
    case = _lock(case)
    if case.status != Status.ARCHIVED or case.anonymised_at:
        return None
    for attachment in case.attachments.all():
        attachment.file.delete(save=False)
    case.attachments.all().delete()
    # Case files and receipts (PDFs) repeat the subject, the details and the phone number.
    for case_file in case.case_files.all():
        case_file.file.delete(save=False)
    case.case_files.all().delete()
    case.events.update(message="")
    removed = _("[removed]")
    Case.objects.filter(pk=case.pk).update(
        citizen=None,
        citizen_name=removed,
        citizen_phone="",
        citizen_email="",
        subject=removed,
        details=removed,
        satisfaction_comment="",
        submission_token=None,
        anonymised_at=now,
    )
    case.refresh_from_db()
    return case

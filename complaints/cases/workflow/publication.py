"""Anonymised questions and answers: proposed by staff, approved by intake moderators."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from citizens_site.core.text import normalize_arabic
from complaints.cases.access import is_intake
from complaints.cases.models import Case, CaseEvent, PublicAnswer
from complaints.cases.models.cases import Status
from complaints.cases.pii import find_personal_data
from complaints.cases.workflow.actions import STAFF, staff_action
from complaints.cases.workflow.rules import WorkflowError, _event

if TYPE_CHECKING:
    from citizens_site.core.models import User


@staff_action(
    name="propose_publication",
    label=_("Propose for publication"),
    log_label=_("Proposed for publication"),
    roles=STAFF,
    statuses={Status.ANSWERED, Status.CLOSED},
    form="complaints.backoffice.forms.ProposePublicationForm",
    offered_if=lambda case: case.consent_to_publish,
)
def propose_public_answer(*, case: Case, actor: User, question: str, answer: str) -> PublicAnswer:
    """Offer an anonymised question and answer for the public page; only with consent."""
    if not case.consent_to_publish:
        raise WorkflowError(_("The citizen did not agree to publication."))
    proposal, _created = PublicAnswer.objects.update_or_create(
        case=case,
        defaults={
            "agency": case.agency,
            "category": case.category,
            "language": case.language,
            "question": question,
            "answer": answer,
            "status": PublicAnswer.Status.PROPOSED,
            "proposed_by": actor,
            "proposed_at": timezone.now(),
            "published_at": None,
        },
    )
    _event(case, CaseEvent.Kind.NOTE, actor, message=_("Proposed for publication."))
    return proposal


@transaction.atomic
def review_public_answer(
    *, proposal: PublicAnswer, actor: User, question: str, answer: str, approve: bool
) -> PublicAnswer:
    """An intake moderator edits and approves (or rejects) a proposal. Approval waits until
    the personal-data check finds nothing."""

    if not is_intake(actor):
        raise WorkflowError(_("Only intake moderators approve publications."))
    proposal = PublicAnswer.objects.select_for_update().get(pk=proposal.pk)
    proposal.question, proposal.answer, proposal.reviewed_by = question, answer, actor
    if approve:
        found = find_personal_data(f"{question}\n{answer}", names=[proposal.case.citizen_name])
        if found:
            raise WorkflowError(
                _("Remove the personal data first: %(found)s") % {"found": "، ".join(found)}
            )
        proposal.status, proposal.published_at = PublicAnswer.Status.APPROVED, timezone.now()
        proposal.search_text = normalize_arabic(f"{question} {answer}")
    else:
        proposal.status, proposal.published_at = PublicAnswer.Status.REJECTED, None
    proposal.save()
    return proposal

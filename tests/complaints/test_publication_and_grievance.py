"""Moderated publication of anonymised answers, and the citizen's grievance after an answer."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.utils import timezone

from complaints.cases import workflow
from complaints.cases.models.cases import Case, Status
from complaints.models import Agency, Category, PublicAnswer
from tests.conftest import sign_in_staff

from .conftest import submit

pytestmark = pytest.mark.django_db


def answered_case(citizen, intake, interior_officer, *, consent=True):
    case = submit(citizen).case
    Case.objects.filter(pk=case.pk).update(consent_to_publish=consent)
    case.refresh_from_db()
    workflow.register_case(
        case=case,
        actor=intake,
        kind="request",
        category=Category.objects.get(code="CIVIL-ID"),
        agency=Agency.objects.get(code="GSCM"),
        priority="normal",
    )
    workflow.refer_case(
        case=case, actor=intake, agency=Agency.objects.get(code="MOI-NCA"), reason=""
    )
    workflow.reply_to_citizen(case=case, actor=interior_officer, message="نعمل عليه")
    return workflow.resolve_case(
        case=case,
        actor=interior_officer,
        resolution="granted",
        cause="delay",
        message="صدرت البطاقة",
    )


QUESTION = "سأل مواطن عن مدة إصدار البطاقة الوطنية الموحدة."
ANSWER = "تصدر البطاقة خلال عشرة أيام عمل من اكتمال المستمسكات."


def test_proposal_needs_the_citizens_consent(citizen, intake, interior_officer):
    case = answered_case(citizen, intake, interior_officer, consent=False)

    assert "propose_publication" not in workflow.available_actions(interior_officer, case)
    with pytest.raises(workflow.WorkflowError):
        workflow.propose_public_answer(
            case=case, actor=interior_officer, question=QUESTION, answer=ANSWER
        )


def test_personal_data_blocks_approval_until_the_moderator_removes_it(
    client, citizen, intake, interior_officer
):
    case = answered_case(citizen, intake, interior_officer)
    proposal = workflow.propose_public_answer(
        case=case,
        actor=interior_officer,
        question=f"{QUESTION} اتصلوا بي على 07701234567",
        answer=f"{ANSWER} السيد علي حسن",
    )
    sign_in_staff(client, intake.email)

    queue = BeautifulSoup(client.get("/admin/cases/publications/").content, "html.parser")
    flags = [li.get_text() for li in queue.select("[role=alert] li")]
    refused = client.post(
        "/admin/cases/publications/",
        {
            "proposal": proposal.pk,
            "question": proposal.question,
            "answer": proposal.answer,
            "approve": "1",
        },
    )
    client.post(
        "/admin/cases/publications/",
        {"proposal": proposal.pk, "question": QUESTION, "answer": ANSWER, "approve": "1"},
    )

    assert "07701234567" in flags
    assert "علي" in flags
    assert refused.status_code == 400
    proposal.refresh_from_db()
    assert proposal.status == PublicAnswer.Status.APPROVED


def test_only_approved_answers_appear_on_the_public_page_and_search_ignores_spelling(
    client, citizen, other_citizen, intake, interior_officer
):
    approved = workflow.propose_public_answer(
        case=answered_case(citizen, intake, interior_officer),
        actor=interior_officer,
        question=QUESTION,
        answer=ANSWER,
    )
    workflow.review_public_answer(
        proposal=approved, actor=intake, question=QUESTION, answer=ANSWER, approve=True
    )
    rejected = workflow.propose_public_answer(
        case=answered_case(other_citizen, intake, interior_officer),
        actor=interior_officer,
        question="سؤال مرفوض عن الجواز",
        answer="جواب",
    )
    workflow.review_public_answer(
        proposal=rejected,
        actor=intake,
        question=rejected.question,
        answer=rejected.answer,
        approve=False,
    )

    page = BeautifulSoup(client.get("/ar/complaints/answered/").content, "html.parser")
    found = BeautifulSoup(
        client.get("/ar/complaints/answered/?q=البطاقه+الوطنيّة").content, "html.parser"
    )

    assert [h.get_text(strip=True) for h in page.select(".answer__question")] == [QUESTION]
    assert "مرفوض" not in page.get_text()
    assert len(found.select(".answer")) == 1


def test_officers_cannot_approve_publications(citizen, intake, interior_officer):
    proposal = workflow.propose_public_answer(
        case=answered_case(citizen, intake, interior_officer),
        actor=interior_officer,
        question=QUESTION,
        answer=ANSWER,
    )

    with pytest.raises(workflow.WorkflowError):
        workflow.review_public_answer(
            proposal=proposal,
            actor=interior_officer,
            question=QUESTION,
            answer=ANSWER,
            approve=True,
        )


def test_citizen_contests_within_the_window_and_the_case_goes_to_the_parent_agency(
    client, citizen, intake, interior_officer
):
    case = answered_case(citizen, intake, interior_officer)
    client.force_login(citizen)

    client.post(
        f"/ar/complaints/case/{case.reference}/contest/", {"reason": "لم أستلم البطاقة رغم الجواب"}
    )

    case.refresh_from_db()
    assert case.status == Status.IN_PROGRESS
    assert case.agency.code == "MOI"
    assert case.events.filter(kind="grievance").count() == 1


def test_a_grievance_after_the_window_is_refused(
    client, citizen, intake, interior_officer, settings
):
    case = answered_case(citizen, intake, interior_officer)
    later = timezone.now() + datetime.timedelta(days=settings.COMPLAINTS_GRIEVANCE_DAYS + 1)

    with time_machine.travel(later), pytest.raises(workflow.WorkflowError):
        workflow.contest_answer(case=case, citizen=citizen, reason="متأخر")


def test_another_citizen_cannot_contest(client, citizen, other_citizen, intake, interior_officer):
    case = answered_case(citizen, intake, interior_officer)
    client.force_login(other_citizen)

    response = client.post(f"/ar/complaints/case/{case.reference}/contest/", {"reason": "x"})

    assert response.status_code == 404


@pytest.mark.parametrize("count", [2, 25])
def test_answered_page_queries_do_not_grow(
    client, reference_data, citizen, count, django_assert_max_num_queries
):
    case = submit(citizen).case
    for number in range(count):
        PublicAnswer.objects.create(
            case=case if number == 0 else submit(citizen).case,
            agency=case.agency,
            category=case.category,
            language="ar",
            question=f"سؤال {number}",
            answer="جواب",
            status="approved",
            proposed_at=timezone.now(),
            published_at=timezone.now(),
            search_text=f"سؤال {number}",
        )
    client.get("/ar/complaints/answered/")

    with django_assert_max_num_queries(10):
        client.get("/ar/complaints/answered/")

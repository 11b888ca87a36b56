"""The staff's side of the workflow: every allowed move, every refused one, roles, scope."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from complaints.cases import access, workflow
from complaints.cases.models.cases import Status
from complaints.models import Agency, Case, Category

from .conftest import submit

pytestmark = pytest.mark.django_db


def referred_case(citizen, intake, agency="MOI-NCA"):
    case = submit(citizen).case
    workflow.register_case(
        case=case,
        actor=intake,
        kind="request",
        category=Category.objects.get(code="CIVIL-ID"),
        agency=Agency.objects.get(code="GSCM"),
        priority="normal",
    )
    return workflow.refer_case(
        case=case,
        actor=intake,
        agency=Agency.objects.get(code=agency),
        reason="اختصاص مديرية الجنسية",
    )


def test_the_whole_life_of_a_request(citizen, intake, interior_officer):
    case = referred_case(citizen, intake)
    workflow.request_information(case=case, actor=interior_officer, message="أرفق نسخة الهوية")
    workflow.add_citizen_reply(case=Case.objects.get(pk=case.pk), citizen=citizen, message="مرفقة")
    workflow.reply_to_citizen(case=case, actor=interior_officer, message="قيد الإنجاز")
    workflow.resolve_case(
        case=case,
        actor=interior_officer,
        resolution="granted",
        cause="delay",
        message="صدرت البطاقة، راجع الدائرة لاستلامها",
    )
    workflow.close_case(case=case, actor=interior_officer)

    case.refresh_from_db()
    assert case.status == Status.CLOSED
    assert list(case.events.values_list("kind", flat=True)) == [
        "submitted",
        "registered",
        "referred",
        "note",
        "info_requested",
        "citizen_reply",
        "reply",
        "resolved",
        "closed",
    ]
    assert case.first_reply_at
    assert case.answered_at
    assert case.closed_at
    assert case.resolution_code == "granted"


@pytest.mark.parametrize(
    ("action", "status"),
    [
        ("resolve", Status.SUBMITTED),
        ("close", Status.REFERRED),
        ("register", Status.ANSWERED),
        ("reject", Status.IN_PROGRESS),
        ("reopen", Status.IN_PROGRESS),
    ],
)
def test_moves_outside_the_diagram_are_refused_with_a_clear_message(
    citizen, intake, action, status
):
    case = submit(citizen).case
    Case.objects.filter(pk=case.pk).update(status=status)
    case.refresh_from_db()

    with pytest.raises(workflow.WorkflowError) as error:
        workflow.check_action(case, intake, action)

    assert str(case.get_status_display()) in str(error.value.message)


def test_every_diagram_move_is_allowed_somewhere_and_finished_cases_only_go_to_the_archive():
    assert all(workflow.ALLOWED_MOVES.values())
    assert workflow.ALLOWED_MOVES[Status.REJECTED] == {Status.ARCHIVED}
    assert workflow.ALLOWED_MOVES[Status.WITHDRAWN] == {Status.ARCHIVED}
    assert workflow.ALLOWED_MOVES[Status.ARCHIVED] == {Status.IN_PROGRESS}


ROLE_MATRIX = {
    # action: (intake, supervisor, officer)
    "register": (True, False, False),
    "reject": (True, False, False),
    "refer": (True, True, True),
    "reply": (True, True, True),
    "note": (True, True, True),
    "request_info": (True, True, True),
    "resolve": (True, True, True),
    "close": (True, True, True),
    "reopen": (True, True, False),
    "return": (False, True, True),
    "reassign": (True, True, False),
    "escalate": (False, True, False),
    "reopen_archived": (True, False, False),
}


@pytest.mark.parametrize("action", sorted(ROLE_MATRIX))
def test_role_by_action_permission_matrix(action):
    allowed_roles = workflow.STAFF_ACTIONS[action].roles

    assert (
        ("intake" in allowed_roles),
        ("supervisor" in allowed_roles),
        ("officer" in allowed_roles),
    ) == ROLE_MATRIX[action]


def test_officer_of_another_ministry_can_neither_see_nor_act(
    citizen, intake, interior_officer, education_officer
):
    case = referred_case(citizen, intake)

    assert access.visible_cases(education_officer).filter(pk=case.pk).count() == 0
    assert access.visible_cases(interior_officer).filter(pk=case.pk).count() == 1
    with pytest.raises(workflow.WorkflowError):
        workflow.reply_to_citizen(case=case, actor=education_officer, message="x")


def test_a_stale_form_is_refused_as_a_concurrent_change(citizen, intake, interior_officer):
    case = referred_case(citizen, intake)
    opened_at = case.version
    workflow.add_internal_note(
        case=case, actor=interior_officer, message="أول", expected_version=opened_at
    )

    with pytest.raises(workflow.ConcurrentChange):
        workflow.reply_to_citizen(
            case=case, actor=intake, message="ثانٍ", expected_version=opened_at
        )


def test_not_ours_returns_the_case_to_intake_and_is_counted(citizen, intake, interior_officer):
    case = referred_case(citizen, intake)

    workflow.return_not_ours(case=case, actor=interior_officer, reason="من اختصاص وزارة أخرى")

    case.refresh_from_db()
    assert case.status == Status.REGISTERED
    assert case.agency.code == "GSCM"
    assert case.events.filter(kind="returned", from_agency__code="MOI-NCA").count() == 1


def test_a_case_already_in_progress_can_still_be_returned_as_not_ours(
    citizen, intake, interior_officer
):
    case = referred_case(citizen, intake)
    workflow.reply_to_citizen(case=case, actor=interior_officer, message="نراجع طلبك")
    case.refresh_from_db()
    assert case.status == Status.IN_PROGRESS
    assert "return" in workflow.available_actions(interior_officer, case)

    workflow.return_not_ours(case=case, actor=interior_officer, reason="من اختصاص وزارة أخرى")

    case.refresh_from_db()
    assert (case.status, case.agency.code) == (Status.REGISTERED, "GSCM")


def test_outcomes_follow_the_kind_and_a_refusal_needs_its_legal_reason(
    citizen, intake, interior_officer
):
    case = referred_case(citizen, intake)
    workflow.reply_to_citizen(case=case, actor=interior_officer, message="نراجع طلبك")

    with pytest.raises(workflow.WorkflowError):
        workflow.resolve_case(
            case=case, actor=interior_officer, resolution="adopted", cause="other", message="x"
        )
    with pytest.raises(workflow.WorkflowError):
        workflow.resolve_case(
            case=case,
            actor=interior_officer,
            resolution="refused",
            cause="legislation",
            message=" ",
        )


def test_duplicate_is_merged_into_the_named_case_whose_timeline_shows_it(
    citizen, other_citizen, intake
):
    first = submit(citizen).case
    duplicate = submit(other_citizen).case

    workflow.reject_case(case=duplicate, actor=intake, reason="duplicate", merge_into=first)

    duplicate.refresh_from_db()
    assert duplicate.status == Status.REJECTED
    assert first.events.filter(kind="merged", message=duplicate.reference).exists()


def test_supervisor_escalates_to_the_parent_agency(citizen, intake, interior_supervisor):
    case = referred_case(citizen, intake)

    workflow.escalate_case(case=case, actor=interior_supervisor, reason="تأخر")

    case.refresh_from_db()
    assert case.agency.code == "MOI"


def test_citizen_is_told_by_email_on_registration_request_reply_and_answer(
    citizen, intake, interior_officer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        case = referred_case(citizen, intake)
        workflow.request_information(case=case, actor=interior_officer, message="أرفق الهوية")
        workflow.reply_to_citizen(case=case, actor=interior_officer, message="وصلت")
        workflow.resolve_case(
            case=case, actor=interior_officer, resolution="granted", cause="delay", message="تم"
        )

    to_citizen = [m for m in mailoutbox if m.to == [citizen.email]]
    assert len(to_citizen) == 5  # receipt, registered, info requested, reply, answered
    assert any(interior_officer.email not in m.to for m in mailoutbox)


def test_registration_shows_likely_duplicates_whatever_the_arabic_spelling(
    client, citizen, other_citizen, intake
):
    from complaints.cases.duplicates import likely_duplicates

    first = submit(citizen, subject="تأخّر إصدار البطاقة الوطنيّة").case
    second = submit(other_citizen, subject="تأخر اصدار البطاقه الوطنية").case
    from .conftest import make_citizen

    third = make_citizen("third@example.com", phone="+9647501112222")
    unrelated = submit(
        third, agency="MOWR", category="IRRIGATION", kind="complaint", subject="حصة مياه الري"
    ).case

    found = likely_duplicates(second)

    assert first in found
    assert unrelated not in found


def test_merging_tells_both_citizens(
    citizen, other_citizen, intake, mailoutbox, django_capture_on_commit_callbacks
):
    first = submit(citizen).case
    duplicate = submit(other_citizen).case
    mailoutbox.clear()  # the receipts

    with django_capture_on_commit_callbacks(execute=True):
        workflow.reject_case(case=duplicate, actor=intake, reason="duplicate", merge_into=first)

    told = {
        m.to[0]
        for m in mailoutbox
        if first.reference in m.subject or duplicate.reference in m.subject
    }
    assert {citizen.email, other_citizen.email} <= told


@pytest.mark.parametrize("action", sorted(workflow.STAFF_ACTIONS))
def test_every_action_is_refused_from_every_status_it_does_not_start_from(citizen, intake, action):
    case = submit(citizen).case
    allowed_from = workflow.STAFF_ACTIONS[action].statuses
    for status in Status:
        if status in allowed_from:
            continue
        Case.objects.filter(pk=case.pk).update(status=status)
        case.refresh_from_db()
        role_refused = "intake" not in workflow.STAFF_ACTIONS[action].roles
        with pytest.raises(workflow.WorkflowError):
            workflow.check_action(case, intake, action)
        assert action not in workflow.available_actions(intake, case) or role_refused


def test_each_staff_change_saves_the_case_once(
    citizen, intake, interior_officer, interior_supervisor
):
    case = submit(citizen).case
    agency = Agency.objects.get
    steps = [
        (
            "register",
            lambda: workflow.register_case(
                case=case,
                actor=intake,
                kind="request",
                category=Category.objects.get(code="CIVIL-ID"),
                agency=agency(code="GSCM"),
                priority="normal",
            ),
        ),
        (
            "refer with a reason",
            lambda: workflow.refer_case(
                case=case, actor=intake, agency=agency(code="MOI-NCA"), reason="اختصاصهم"
            ),
        ),
        (
            "request information",
            lambda: workflow.request_information(
                case=case, actor=interior_officer, message="أرفق الهوية"
            ),
        ),
        (
            "first reply",
            lambda: workflow.reply_to_citizen(case=case, actor=interior_officer, message="وصلت"),
        ),
        (
            "resolve",
            lambda: workflow.resolve_case(
                case=case, actor=interior_officer, resolution="granted", cause="delay", message="تم"
            ),
        ),
        ("close", lambda: workflow.close_case(case=case, actor=interior_officer)),
        ("reopen", lambda: workflow.reopen_case(case=case, actor=intake, reason="لم يستلم")),
        ("escalate", lambda: workflow.escalate_case(case=case, actor=interior_supervisor)),
        (
            "reassign",
            lambda: workflow.reassign_case(case=case, actor=intake, agency=agency(code="MOI-NCA")),
        ),
        (
            "refer without a reason",
            lambda: workflow.refer_case(
                case=case, actor=intake, agency=agency(code="MOI-NCA"), reason=""
            ),
        ),
        (
            "return",
            lambda: workflow.return_not_ours(case=case, actor=interior_officer, reason="ليست لنا"),
        ),
        ("reject", lambda: workflow.reject_case(case=case, actor=intake, reason="spam")),
        ("archive", lambda: workflow.archive_case(case=case, now=timezone.now())),
        (
            "reopen from the archive",
            lambda: workflow.reopen_archived_case(case=case, actor=intake, reason="طلب المواطن"),
        ),
    ]
    updates = {}
    for name, step in steps:
        with CaptureQueriesContext(connection) as queries:
            step()
        updates[name] = sum(q["sql"].startswith('UPDATE "complaints_case" ') for q in queries)

    assert updates == {name: 1 for name, _step in steps}
    case.refresh_from_db()
    assert case.status == Status.IN_PROGRESS

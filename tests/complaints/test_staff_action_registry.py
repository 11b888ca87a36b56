"""One declaration makes a staff action: the case page offers it to the right role and status,
the permission check refuses everyone else, and the audit history names it."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.log_actions import registry as log_registry
from wagtail.utils.registry import ObjectTypeRegistry

from complaints.backoffice.forms import ActionForm
from complaints.cases import workflow
from complaints.cases.models.cases import Priority, Status
from complaints.models import Agency, Case, Category
from tests.conftest import sign_in_staff
from tests.factories.people import PASSWORD

from .conftest import submit

pytestmark = pytest.mark.django_db


class UrgentForm(ActionForm):
    """The test action's form: nothing to fill in but the version it was opened at."""


@pytest.fixture
def urgent_action(monkeypatch):
    """A staff action that exists only for this test: supervisors mark a referred or
    in-progress case urgent."""

    @workflow.staff_action(
        name="mark_urgent",
        label="Mark as urgent",
        log_label="Marked as urgent",
        roles={"supervisor"},
        statuses={Status.REFERRED, Status.IN_PROGRESS},
        form=f"{__name__}.UrgentForm",
    )
    def mark_urgent(*, case, actor):
        case.priority = Priority.URGENT
        case.version += 1
        case.save(update_fields=["priority", "version"])
        return case

    # Wagtail reads the audit log's action names from the hooks once per process: read them
    # again, so they include this action (and, once the test is over, no longer do).
    for attribute, empty in [
        ("formatters", {}),
        ("choices", []),
        ("log_entry_models_by_type", ObjectTypeRegistry()),
        ("log_entry_models", set()),
        ("has_scanned_for_actions", False),
    ]:
        monkeypatch.setattr(log_registry, attribute, empty)
    yield workflow.STAFF_ACTIONS["mark_urgent"]
    del workflow.STAFF_ACTIONS["mark_urgent"]


@pytest.fixture
def referred(citizen, intake):
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
        case=case, actor=intake, agency=Agency.objects.get(code="MOI-NCA"), reason=""
    )


def offered(client, case):
    page = BeautifulSoup(client.get(f"/admin/cases/{case.pk}/").content, "html.parser")
    return {
        form["action"].rstrip("/").split("/")[-1]
        for form in page.select("form[action*='/action/']")
    }


def test_the_case_page_offers_it_to_its_role_from_its_statuses(
    client, urgent_action, referred, interior_supervisor, interior_officer
):
    sign_in_staff(client, interior_supervisor.email)
    assert "mark_urgent" in offered(client, referred)

    Case.objects.filter(pk=referred.pk).update(status=Status.AWAITING_CITIZEN)
    assert "mark_urgent" not in offered(client, referred)

    Case.objects.filter(pk=referred.pk).update(status=Status.REFERRED)
    sign_in_staff(client, interior_officer.email)
    assert "mark_urgent" not in offered(client, referred)


def test_the_permission_check_refuses_other_roles_and_statuses(
    urgent_action, referred, intake, interior_officer, interior_supervisor
):
    for user in (intake, interior_officer):
        with pytest.raises(workflow.WorkflowError):
            workflow.check_action(referred, user, "mark_urgent")
        with pytest.raises(workflow.WorkflowError):
            urgent_action.call(case=referred, actor=user)
    Case.objects.filter(pk=referred.pk).update(status=Status.AWAITING_CITIZEN)
    referred.refresh_from_db()
    with pytest.raises(workflow.WorkflowError):
        urgent_action.call(case=referred, actor=interior_supervisor)

    referred.refresh_from_db()
    assert referred.priority == Priority.NORMAL
    assert "mark_urgent" not in workflow.available_actions(interior_supervisor, referred)


def test_taken_in_the_admin_it_runs_and_the_history_names_it(
    client, urgent_action, referred, interior_supervisor
):
    sign_in_staff(client, interior_supervisor.email)

    response = client.post(
        f"/admin/cases/{referred.pk}/action/mark_urgent/", {"version": referred.version}
    )

    referred.refresh_from_db()
    assert response.status_code == 302
    assert referred.priority == Priority.URGENT
    get_user_model().objects.create_superuser(email="admin@example.com", password=PASSWORD)
    sign_in_staff(client, "admin@example.com")
    history = BeautifulSoup(client.get("/admin/reports/site-history/").content, "html.parser")
    assert "Marked as urgent" in history.get_text()

"""Registering ticked cases as filed, from the case listing (a Wagtail bulk action): intake
only, each case through the workflow's register action, each checked on its own."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import ModelLogEntry

from complaints.cases import workflow
from complaints.cases.models.cases import Status
from complaints.models import Agency, Case, Category
from tests.conftest import sign_in_staff

from .conftest import submit

pytestmark = pytest.mark.django_db

URL = "/admin/bulk/complaints/case/register/"


def ticked(*cases):
    return "?" + "&".join(f"id={case.pk}" for case in cases) + "&next=/admin/cases/"


@pytest.fixture
def submitted(citizen, other_citizen, reference_data):
    return [
        submit(citizen).case,
        submit(other_citizen, agency="MOE", category="SERVICE", kind="complaint").case,
    ]


@pytest.fixture
def registered(citizen, intake):
    case = submit(citizen, subject="معاملة مسجلة من قبل").case
    return workflow.register_case(
        case=case,
        actor=intake,
        kind=case.kind,
        category=case.category,
        agency=Agency.objects.get(code="GSCM"),
        priority="urgent",
    )


def test_intake_registers_the_ticked_cases_as_filed(client, intake, submitted, registered):
    sign_in_staff(client, intake.email)

    confirm = BeautifulSoup(client.get(URL + ticked(*submitted, registered)).content, "html.parser")
    response = client.post(URL + ticked(*submitted, registered), follow=True)

    assert {a.get_text() for a in confirm.select(".bulk-register-cases a")} == {
        c.reference for c in submitted
    }
    assert [a.get_text() for a in confirm.select(".bulk-register-left a")] == [registered.reference]
    for case in submitted:
        filed = (case.kind, case.category_id, case.agency_id, case.priority)
        case.refresh_from_db()
        assert case.status == Status.REGISTERED
        assert (case.kind, case.category_id, case.agency_id, case.priority) == filed
        assert case.due_date is not None
        assert case.events.filter(kind="registered", actor=intake).count() == 1
        assert ModelLogEntry.objects.filter(
            object_id=str(case.pk), action="complaints.register"
        ).exists()
    registered.refresh_from_db()
    assert registered.events.filter(kind="registered").count() == 1  # untouched
    messages = BeautifulSoup(response.content, "html.parser").select_one(".messages")
    assert "سُجِّلت معاملتان." in messages.get_text()  # the admin speaks Arabic


def test_a_case_its_form_would_refuse_is_left_for_its_page(client, intake, submitted):
    refused, accepted = submitted
    Category.objects.filter(pk=refused.category_id).update(is_active=False)
    sign_in_staff(client, intake.email)

    response = client.post(URL + ticked(*submitted), follow=True)

    refused.refresh_from_db()
    accepted.refresh_from_db()
    assert (refused.status, accepted.status) == (Status.SUBMITTED, Status.REGISTERED)
    messages = BeautifulSoup(response.content, "html.parser").select_one(".messages").get_text()
    assert "سُجِّلت معاملة واحدة." in messages
    assert "تعذّر تسجيل معاملة واحدة كما قُدِّمت" in messages


def test_officers_cannot_register_in_bulk(client, interior_officer, submitted, intake):
    sign_in_staff(client, interior_officer.email)

    response = client.post(URL + ticked(*submitted))

    # Wagtail answers a refused admin page by sending the user back to the dashboard.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert set(Case.objects.values_list("status", flat=True)) == {Status.SUBMITTED}


def test_only_intake_gets_the_listings_checkboxes(client, intake, interior_officer, submitted):
    workflow.register_case(
        case=submitted[0],
        actor=intake,
        kind="request",
        category=submitted[0].category,
        agency=Agency.objects.get(code="GSCM"),
        priority="normal",
    )
    workflow.refer_case(
        case=submitted[0], actor=intake, agency=Agency.objects.get(code="MOI-NCA"), reason=""
    )

    def listing(user):
        sign_in_staff(client, user.email)
        return BeautifulSoup(client.get("/admin/cases/").content, "html.parser")

    intake_listing, officer_listing = listing(intake), listing(interior_officer)
    assert len(intake_listing.select("input[data-bulk-action-checkbox]")) == 2
    assert intake_listing.select_one(f"a[href^='{URL}']")
    assert officer_listing.select_one("tbody tr")  # the officer's one case, listed
    assert not officer_listing.select("input[data-bulk-action-checkbox]")
    assert not officer_listing.select_one(f"a[href^='{URL}']")


def test_a_number_that_is_no_case_of_theirs_is_not_found(client, intake, submitted):
    sign_in_staff(client, intake.email)

    missing = Case(pk=max(c.pk for c in submitted) + 1000)

    assert client.get(URL + ticked(missing), follow=True).status_code == 404

"""The Cases area's permission policy: who may see a case and take which action, answered from
the case roles and the workflow's registry; and each request on a case asks it once."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from citizens_site.core import roles
from complaints.backoffice.permissions import case_permission_policy as policy
from complaints.cases import access
from complaints.cases import roles as case_roles
from complaints.cases.uploads import check_file
from complaints.models import Agency, Case, Membership
from tests.conftest import sign_in_staff

from .conftest import PDF_BYTES, referred_to, submit, upload
from .staff import make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def interior_case(citizen, intake):
    case = submit(citizen, files=[check_file(upload("id.pdf", PDF_BYTES))]).case
    return referred_to(case, intake, "MOI-NCA")


@pytest.fixture
def pr_editor(reference_data):
    return make_staff("editor@example.com", group=roles.PR_EDITORS)


@pytest.fixture
def missing_pk(interior_case):
    return Case.objects.order_by("-pk").values_list("pk", flat=True).first() + 1000


def answer(client, url, *, follow=True):
    """Where the request ends, and the way there (the asked URL itself named so). A 404 in
    the admin first goes by Django's language prefix (/ar/admin/...), which is not found
    either."""
    response = client.get(url, follow=follow)
    chain = [to for to, _ in response.redirect_chain] if follow else [response.get("Location")]
    return response.status_code, [to.replace(url, "<asked>") for to in chain if to]


def test_outsiders_get_the_answer_of_a_case_that_does_not_exist(
    client, interior_case, missing_pk, other_citizen, education_officer, pr_editor
):
    attachment = interior_case.attachments.get()
    pages = [
        (f"/admin/cases/{interior_case.pk}/", f"/admin/cases/{missing_pk}/"),
        (
            f"/admin/cases/{interior_case.pk}/files/{attachment.pk}/",
            f"/admin/cases/{missing_pk}/files/{attachment.pk}/",
        ),
        (f"/admin/cases/{interior_case.pk}/case-file/", f"/admin/cases/{missing_pk}/case-file/"),
    ]

    client.force_login(other_citizen)
    for real, missing in pages:
        # Citizens have no admin: sent to sign in (which sends a signed-in citizen back).
        assert answer(client, real, follow=False) == answer(client, missing, follow=False)
        assert "/accounts/login/" in answer(client, real, follow=False)[1][0]
    for user in (education_officer, pr_editor):
        sign_in_staff(client, user.email)
        for real, missing in pages:
            assert answer(client, real) == answer(client, missing)
            assert interior_case.reference not in client.get(real, follow=True).content.decode()
    sign_in_staff(client, education_officer.email)
    assert answer(client, pages[0][0])[0] == 404
    sign_in_staff(client, pr_editor.email)
    # PR staff may not enter the Cases area at all: Wagtail sends them to the dashboard.
    assert answer(client, pages[0][0])[1] == ["/admin/"]


def test_the_intake_moderator_and_the_agencys_officer_get_the_case(
    client, interior_case, intake, interior_officer
):
    for user in (intake, interior_officer):
        sign_in_staff(client, user.email)
        response = client.get(f"/admin/cases/{interior_case.pk}/")
        assert response.status_code == 200
        assert (
            BeautifulSoup(response.content, "html.parser")
            .select_one("h1")
            .get_text(strip=True)
            .startswith(interior_case.reference)
        )


def test_the_policy_answers_as_the_case_roles_do(
    interior_case,
    intake,
    interior_officer,
    interior_supervisor,
    education_officer,
    pr_editor,
    citizen,
):
    sees = {
        user: policy.user_has_permission_for_instance(user, "view", interior_case)
        for user in (
            intake,
            interior_officer,
            interior_supervisor,
            education_officer,
            pr_editor,
            citizen,
            AnonymousUser(),
        )
    }
    assert [user for user, yes in sees.items() if yes] == [
        intake,
        interior_officer,
        interior_supervisor,
    ]
    assert list(policy.instances_user_has_permission_for(interior_officer, "view")) == [
        interior_case
    ]
    assert not policy.instances_user_has_permission_for(education_officer, "view").exists()
    assert not policy.instances_user_has_permission_for(pr_editor, "view").exists()
    assert not policy.instances_user_has_permission_for(AnonymousUser(), "view").exists()
    # Staff actions: the roles their declaration names.
    assert policy.user_has_permission(intake, "register")
    assert not policy.user_has_permission(interior_officer, "register")
    assert policy.user_has_permission_for_instance(interior_supervisor, "escalate", interior_case)
    assert not policy.user_has_permission_for_instance(interior_officer, "escalate", interior_case)
    assert not policy.user_has_permission_for_instance(education_officer, "reply", interior_case)
    # Intake's own pages, and Wagtail's edit and delete, which no one has on a case.
    assert policy.user_has_permission(intake, "add")
    assert not policy.user_has_permission(interior_officer, "add")
    for action in ("change", "delete"):
        assert not policy.user_has_permission(intake, action)
    assert set(policy.users_with_permission("view")) == {
        intake,
        interior_officer,
        interior_supervisor,
        education_officer,
    }
    assert set(policy.users_with_permission("escalate")) == {interior_supervisor}


def test_per_case_and_listing_answers_agree_for_a_supervisor_of_a_part(
    reference_data, citizen, intake
):
    """An officer of the ministry who supervises one directorate is a supervisor there and
    an officer elsewhere in the ministry, case by case as in the list."""
    person = make_staff("mixed@example.com", group=case_roles.AGENCY_OFFICERS, agency_code="MOI")
    Membership.objects.create(
        user=person, agency=Agency.objects.get(code="MOI-NCA"), role=Membership.Role.SUPERVISOR
    )
    moi_codes = (
        Agency.objects.filter(path__startswith=Agency.objects.get(code="MOI").path)
        .exclude(code__in=["MOI", "MOI-NCA"])
        .values_list("code", flat=True)
    )
    cases = [
        referred_to(submit(citizen).case, intake, code)
        for code in ["MOI-NCA", "MOI", moi_codes.first(), "MOE"]
    ]
    person = type(person).objects.get(pk=person.pk)  # the memberships as now stored

    for action in ["escalate", "return", "reply", "register", "view"]:
        listed = set(policy.instances_user_has_permission_for(person, action))
        one_by_one = {
            case for case in cases if policy.user_has_permission_for_instance(person, action, case)
        }
        assert listed == one_by_one, action
    assert {
        c.agency.code for c in policy.instances_user_has_permission_for(person, "escalate")
    } == {"MOI-NCA"}
    assert len(policy.instances_user_has_permission_for(person, "return")) == 3


@pytest.fixture
def count_access_checks(monkeypatch):
    """How many times a request asks which cases the user may see."""
    calls = []
    real = access.visible_cases

    def counted(user):
        calls.append(user)
        return real(user)

    monkeypatch.setattr(access, "visible_cases", counted)
    return calls


def case_reads(queries):
    return [
        q["sql"]
        for q in queries
        if q["sql"].startswith("SELECT") and 'FROM "complaints_case" ' in q["sql"]
    ]


def test_each_request_on_a_case_checks_access_once(
    client, interior_case, interior_officer, count_access_checks
):
    attachment = interior_case.attachments.get()
    sign_in_staff(client, interior_officer.email)
    url = f"/admin/cases/{interior_case.pk}/"
    requests = {
        "page": lambda: client.get(url),
        "attachment": lambda: client.get(f"{url}files/{attachment.pk}/"),
        "invalid action": lambda: client.post(
            f"{url}action/reply/", {"version": interior_case.version}
        ),
        "stale action": lambda: client.post(
            f"{url}action/note/", {"version": 0, "message": "قديم"}
        ),
        "action": lambda: client.post(
            f"{url}action/note/", {"version": interior_case.version, "message": "ملاحظة"}
        ),
        "listing": lambda: client.get("/admin/cases/"),
    }
    statuses = {}
    for name, send in requests.items():
        count_access_checks.clear()
        with CaptureQueriesContext(connection) as queries:
            statuses[name] = send().status_code
        assert len(count_access_checks) == 1, name
        if name == "page":
            assert len(case_reads(queries)) == 1

    assert statuses == {
        "page": 200,
        "attachment": 200,
        "invalid action": 400,
        "stale action": 409,
        "action": 302,
        "listing": 200,
    }
    assert interior_case.events.filter(kind="note", message="ملاحظة").exists()


def test_the_menu_shows_the_area_to_case_staff_and_publication_to_intake(
    client, intake, interior_officer, pr_editor
):
    def menu(user):
        sign_in_staff(client, user.email)
        return client.get("/admin/").content.decode()

    intake_menu, officer_menu, editor_menu = menu(intake), menu(interior_officer), menu(pr_editor)
    assert "/admin/cases/publications/" in intake_menu
    assert "/admin/cases/?status=archived" in officer_menu
    assert "/admin/cases/indicators/" in officer_menu
    assert "/admin/cases/publications/" not in officer_menu
    assert "/admin/cases/" not in editor_menu

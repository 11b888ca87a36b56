"""Administrators keep the reference data in the admin: the agency tree and the categories."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from complaints.models import Agency, Category
from tests.conftest import sign_in_staff
from tests.factories.people import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(reference_data):
    get_user_model().objects.create_superuser(email="root@example.com", password=PASSWORD)
    return "root@example.com"


def agency_form(**overrides):
    data = {
        "code": "MOE-NEW",
        "kind": "sub_formation",
        "name_ar": "مديرية جديدة",
        "name_ckb": "بەڕێوەبەرایەتیی نوێ",
        "name_en": "New directorate",
        "email": "",
        "service_days": "15",
        "triage_hours": "48",
        "governorate": "",
        "is_active": "on",
        "parent": Agency.objects.get(code="MOE").pk,
    }
    data.update(overrides)
    return data


def test_administrator_adds_a_sub_formation_under_its_ministry(client, administrator):
    sign_in_staff(client, administrator)

    client.post("/admin/agencies/new/", agency_form())

    agency = Agency.objects.get(code="MOE-NEW")
    assert agency.get_parent().code == "MOE"


def test_moving_an_agency_takes_its_sub_formations_along(client, administrator):
    sign_in_staff(client, administrator)
    agency = Agency.objects.get(code="MOE-ETARBEYA")

    client.post(
        f"/admin/agencies/edit/{agency.pk}/",
        agency_form(
            code="MOE-ETARBEYA", name_en="e-tarbeya", parent=Agency.objects.get(code="GSCM").pk
        ),
    )

    agency.refresh_from_db()
    assert agency.get_parent().code == "GSCM"
    assert Agency.find_problems() == ([], [], [], [], [])


def test_the_agency_list_shows_the_names_in_the_admins_language(client, administrator):
    sign_in_staff(client, administrator)

    page = BeautifulSoup(client.get("/admin/agencies/?q=MOI").content, "html.parser")

    names = [a.get_text(strip=True) for a in page.select("tbody tr td:first-child a")]
    assert "وزارة الداخلية" in names
    assert "Name" not in page.select_one("thead").get_text()


def test_administrator_edits_a_category(client, administrator):
    sign_in_staff(client, administrator)
    category = Category.objects.get(code="PASSPORT")

    client.post(
        f"/admin/categories/edit/{category.pk}/",
        {
            "code": "PASSPORT",
            "name_ar": category.name_ar,
            "name_ckb": category.name_ckb,
            "name_en": "Passport issue or renewal",
            "accepts_requests": "on",
            "agencies": [a.pk for a in category.agencies.all()],
            "documents_ar": "",
            "documents_ckb": "",
            "documents_en": "",
            "service_days": "7",
            "is_active": "on",
        },
    )

    category.refresh_from_db()
    assert (category.name_en, category.service_days) == ("Passport issue or renewal", 7)


@pytest.mark.parametrize(
    ("url", "model", "code"),
    [("agencies", Agency, "MOI-NCA"), ("categories", Category, "CIVIL-ID")],
)
def test_an_agency_or_category_that_cases_refer_to_stays_and_the_admin_says_why(
    client, administrator, case, url, model, code
):
    """Deleting it failed with a server error (the cases protect it); it is made inactive
    instead, as the message says."""
    record = model.objects.get(code=code)
    sign_in_staff(client, administrator)

    response = client.post(f"/admin/{url}/delete/{record.pk}/", follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[0][0] == f"/admin/{url}/edit/{record.pk}/"
    assert model.objects.filter(pk=record.pk).exists()
    message = BeautifulSoup(response.content, "html.parser").select_one(".messages")
    assert "لا يمكن حذف" in message.get_text()


def test_an_agency_no_case_refers_to_is_deleted(client, administrator):
    record = Agency.objects.get(code="MOE").add_child(
        instance=Agency(code="MOE-EMPTY", kind="sub_formation", name_ar="فارغة", name_en="Empty")
    )
    sign_in_staff(client, administrator)

    client.post(f"/admin/agencies/delete/{record.pk}/")

    assert not Agency.objects.filter(code="MOE-EMPTY").exists()

"""The Wagtail admin: usable in Arabic, named for the portal, open to each staff role."""

import pytest
from bs4 import BeautifulSoup

from tests.conftest import sign_in_staff
from tests.factories.people import PASSWORD
from tests.factories.site import STAFF_EMAILS

pytestmark = pytest.mark.django_db


def test_staff_see_the_admin_in_their_preferred_language(client, portal):
    sign_in_staff(client, "editor@example.com")

    page = BeautifulSoup(client.get("/admin/").content, "html.parser")

    assert page.html["lang"] == "ar"
    assert page.html["dir"] == "rtl"


def test_admin_carries_the_portal_name(client, portal):
    sign_in_staff(client, "admin@example.com")

    response = client.get("/admin/")

    assert "حكومة المواطن".encode() in response.content


@pytest.mark.parametrize("email", STAFF_EMAILS)
def test_every_staff_role_can_open_the_admin(client, portal, email):
    sign_in_staff(client, email)

    assert client.get("/admin/").status_code == 200


def test_citizens_cannot_open_the_admin(client, portal):
    client.login(email="citizen@example.com", password=PASSWORD)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/ar/accounts/login/")


def test_pr_editor_cannot_publish(portal):
    from django.contrib.auth import get_user_model

    from home.models import HomePage

    editor = get_user_model().objects.get(email="editor@example.com")
    home = HomePage.objects.get(locale__language_code="ar")
    permissions = home.permissions_for_user(editor)

    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_an_account_with_cases_is_not_offered_for_deletion(client, portal):
    """Deleting a citizen's account failed with a server error (their cases protect it): the
    administrator is told, on the account's page, to deactivate it instead."""
    from django.contrib.auth import get_user_model

    from tests.factories import CaseFactory

    citizen = get_user_model().objects.get(email="citizen@example.com")
    CaseFactory(citizen=citizen)
    sign_in_staff(client, "admin@example.com")

    for send in (client.get, client.post):
        response = send(f"/admin/users/delete/{citizen.pk}/", follow=True)

        assert response.redirect_chain[0][0] == f"/admin/users/edit/{citizen.pk}/"
        assert "لا يمكن حذف" in response.content.decode()
    assert get_user_model().objects.filter(pk=citizen.pk).exists()


def test_an_account_without_cases_can_be_deleted(client, portal):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.get(email="editor@example.com")
    sign_in_staff(client, "admin@example.com")

    client.post(f"/admin/users/delete/{editor.pk}/")

    assert not get_user_model().objects.filter(pk=editor.pk).exists()


@pytest.mark.parametrize(
    ("email", "shown"), [("officer@example.com", False), ("editor@example.com", True)]
)
def test_the_translations_report_is_in_the_menu_of_who_may_translate(client, portal, email, shown):
    sign_in_staff(client, email)

    menu = client.get("/admin/").content.decode()

    assert ("/admin/localize/reports/translations/" in menu) is shown

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

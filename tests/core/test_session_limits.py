"""Staff sessions end when left idle or after a working day; an administrator ends anyone's."""

import datetime
import io

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from citizens_site.core import roles
from tests.conftest import sign_in_staff
from tests.factories.people import PASSWORD

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"
PROFILE = "/ar/accounts/profile/"


def make_user(email, *, group=None, superuser=False):
    roles.ensure_role_groups()
    user = get_user_model().objects.create_user(
        email=email,
        password=PASSWORD,
        full_name="x",
        is_superuser=superuser,
        phone="+9647701234567",
        residence="baghdad",
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def signed_in(response):
    return response.wsgi_request.user.is_authenticated


@pytest.fixture
def editor(client):
    make_user("editor@example.com", group=roles.PR_EDITORS)
    with time_machine.travel(timezone.now(), tick=False):
        sign_in_staff(client, "editor@example.com")
    return client


def at(start, **delta):
    return time_machine.travel(start + datetime.timedelta(**delta), tick=False)


def test_a_staff_session_ends_after_thirty_idle_minutes(editor):
    start = timezone.now()
    with at(start, minutes=29):
        assert editor.get(ADMIN).status_code == 200
    with at(start, minutes=29 + 31):
        response = editor.get(ADMIN)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not signed_in(response)


def test_an_active_staff_session_still_ends_twelve_hours_after_sign_in(editor):
    start = timezone.now()
    for minutes in range(20, 12 * 60, 20):
        with at(start, minutes=minutes):
            assert editor.get(ADMIN).status_code == 200, minutes
    with at(start, hours=12, minutes=5):
        assert editor.get(ADMIN).status_code == 302


def test_a_citizen_stays_signed_in_over_a_long_pause(client):
    citizen = make_user("citizen@example.com")
    start = timezone.now()
    with at(start):
        client.force_login(citizen)
    with at(start, hours=13):
        response = client.get(PROFILE)

    assert response.status_code == 200
    assert signed_in(response)


def test_an_administrator_ends_a_persons_sessions_from_the_admin(client):
    make_user("admin@example.com", superuser=True)
    citizen = make_user("citizen@example.com")
    citizens_phone = Client()
    citizens_phone.force_login(citizen)
    sign_in_staff(client, "admin@example.com")

    listing = client.get("/admin/users/")
    url = f"/admin/people/{citizen.pk}/end-sessions/"
    assert url in listing.content.decode()
    client.post(url)

    assert not signed_in(citizens_phone.get(PROFILE))
    citizens_phone.force_login(citizen)  # signing in again works
    assert signed_in(citizens_phone.get(PROFILE))


def test_staff_without_user_rights_cannot_end_sessions(editor):
    citizen = make_user("citizen@example.com")
    other = Client()
    other.force_login(citizen)

    response = editor.post(f"/admin/people/{citizen.pk}/end-sessions/")

    assert (response.status_code, response["Location"]) == (302, ADMIN)  # Wagtail's refusal
    assert signed_in(other.get(PROFILE))


def test_the_command_ends_a_persons_sessions(client):
    citizen = make_user("citizen@example.com")
    client.force_login(citizen)

    call_command("end_sessions", "CITIZEN@example.com", stdout=io.StringIO())

    assert not signed_in(client.get(PROFILE))

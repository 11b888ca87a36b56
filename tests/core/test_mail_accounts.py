"""The account mails (allauth's flows) speak for the portal: its own words in the page's
language, signed with its name, with an HTML part, and links on the public address."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from tests.mail_checks import LRI, PUBLIC_URL, check_portal_mail

pytestmark = pytest.mark.django_db

LANGUAGES = ["ar", "ckb", "en"]
PASSWORD = "Baghdad-river-2026!"


@pytest.fixture(autouse=True)
def _public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC_URL


@pytest.fixture
def citizen(db):
    user = get_user_model().objects.create_user(
        email="layla@example.com",
        password=PASSWORD,
        full_name="ليلى جاسم محمد",
        phone="+9647701234567",
        residence="basra",
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def signup(client, language, email):
    client.post(
        f"/{language}/accounts/signup/",
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "full_name": "ليلى جاسم محمد",
            "phone": "0770 123 4567",
            "residence": "basra",
            "residence_country": "",
        },
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_up_confirmation_is_the_portals_own(client, language, mailoutbox):
    signup(client, language, "new.citizen@example.com")

    (message,) = mailoutbox
    text, html = check_portal_mail(message, language, isolated=["new.citizen@example.com"])
    link = re.search(rf"{PUBLIC_URL}/{language}/accounts/confirm-email/\S+/", text).group(0)
    assert html.find("a", href=link)
    # The link works: it confirms the address (the page asks to confirm with a button).
    assert client.get(link.removeprefix(PUBLIC_URL)).status_code == 200
    assert "testserver" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_password_reset_mail_is_the_portals_own(client, citizen, language, mailoutbox):
    client.post(f"/{language}/accounts/password/reset/", {"email": citizen.email})

    (message,) = mailoutbox
    text, html = check_portal_mail(message, language, isolated=[citizen.email])
    assert "ليلى جاسم محمد" in text  # addressed by name
    link = re.search(rf"{PUBLIC_URL}/{language}/accounts/password/reset/key/\S+/", text)
    assert html.find("a", href=link.group(0))


@pytest.mark.parametrize("language", LANGUAGES)
def test_signing_up_with_a_taken_address_mails_its_owner(client, citizen, language, mailoutbox):
    signup(client, language, citizen.email)

    (message,) = mailoutbox
    text, _html = check_portal_mail(message, language, isolated=[citizen.email])
    assert f"{PUBLIC_URL}/{language}/accounts/password/reset/\n" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reset_for_an_unknown_address_says_no_account_uses_it(client, language, mailoutbox):
    client.post(f"/{language}/accounts/password/reset/", {"email": "nobody@example.com"})

    (message,) = mailoutbox
    text, _html = check_portal_mail(message, language, isolated=["nobody@example.com"])
    assert f"{PUBLIC_URL}/{language}/accounts/signup/\n" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_notice_of_a_password_change_is_the_portals_own(client, citizen, language, mailoutbox):
    client.force_login(citizen)
    new = "Erbil-citadel-2027!"
    client.post(
        f"/{language}/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": new, "password2": new},
    )

    (message,) = mailoutbox
    text, _html = check_portal_mail(message, language, isolated=["127.0.0.1"])
    assert f"{PUBLIC_URL}/{language}/accounts/password/reset/\n" in text


def test_the_page_host_never_reaches_a_link(client, citizen, mailoutbox):
    """A request that names another host (a proxy's, a forged one) changes no link."""
    client.post(
        "/en/accounts/password/reset/", {"email": citizen.email}, HTTP_HOST="localhost:9999"
    )

    (message,) = mailoutbox
    assert "localhost:9999" not in message.body
    assert f"{PUBLIC_URL}/en/accounts/password/reset/key/" in message.body
    assert LRI not in message.body

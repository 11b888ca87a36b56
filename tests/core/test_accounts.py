"""Accounts: sign-up with the mandatory details, email verified by a link, staff second factor."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail

from tests.browser.sessions import code_valid_for_a_while
from tests.factories.people import PASSWORD

pytestmark = pytest.mark.django_db

SIGNUP = "/ar/accounts/signup/"


def signup_data(**overrides):
    data = {
        "email": "layla@example.com",
        "password1": "Baghdad-river-2026!",
        "password2": "Baghdad-river-2026!",
        "full_name": "ليلى جاسم محمد",
        "phone": "0770 123 4567",
        "residence": "basra",
        "residence_country": "",
    }
    data.update(overrides)
    return data


def field_error(response, name):
    field = BeautifulSoup(response.content, "html.parser").select_one(f"#id_{name}")
    return field.get("aria-invalid") == "true"


def test_signup_stores_the_details_and_sends_a_verification_link_not_a_password(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SIGNUP, signup_data())

    user = get_user_model().objects.get(email="layla@example.com")
    assert (user.full_name, str(user.phone), user.residence) == (
        "ليلى جاسم محمد",
        "+9647701234567",
        "basra",
    )
    message = mail.outbox[-1]
    assert re.search(r"/ar/accounts/confirm-email/\S+/", message.body)
    assert "Baghdad-river-2026!" not in message.body


def test_unverified_citizen_cannot_sign_in_until_the_link_is_opened(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SIGNUP, signup_data())
    link = re.search(r"(/ar/accounts/confirm-email/\S+/)", mail.outbox[-1].body).group(1)

    client.post(
        "/ar/accounts/login/", {"login": "layla@example.com", "password": "Baghdad-river-2026!"}
    )
    assert "_auth_user_id" not in client.session

    client.post(link)
    assert "_auth_user_id" in client.session


def test_phone_numbers_in_arabic_digits_and_foreign_numbers_are_accepted(client):
    from django.test import Client

    client.post(SIGNUP, signup_data(phone="٠٧٧٠١٢٣٤٥٦٧"))
    Client().post(
        SIGNUP,
        signup_data(
            email="omar@example.com",
            phone="+44 7911 123456",
            residence="abroad",
            residence_country="GB",
        ),
    )

    users = {u.email: u for u in get_user_model().objects.all()}
    assert str(users["layla@example.com"].phone) == "+9647701234567"
    assert str(users["omar@example.com"].phone) == "+447911123456"
    assert users["omar@example.com"].residence_country.code == "GB"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"phone": "12"}, "phone"),
        ({"phone": "+964 1 538 0000"}, "phone"),  # a landline cannot receive the SMS code
        ({"full_name": "\u200b\u200b"}, "full_name"),
        ({"residence": "abroad", "residence_country": ""}, "residence_country"),
    ],
)
def test_bad_details_are_refused_next_to_the_field_and_the_rest_is_kept(client, overrides, field):
    response = client.post(SIGNUP, signup_data(**overrides))

    assert field_error(response, field)
    assert (
        BeautifulSoup(response.content, "html.parser").select_one("#id_email")["value"]
        == "layla@example.com"
    )
    assert not get_user_model().objects.exists()


def test_signup_pages_speak_central_kurdish(client):
    page = BeautifulSoup(client.get("/ckb/accounts/signup/").content, "html.parser")

    assert page.html["dir"] == "rtl"
    assert page.find("h1").get_text(strip=True) == "دروستکردنی هەژمار"


@pytest.mark.parametrize("language", ["ar", "ckb", "en"])
def test_signup_is_called_what_the_header_calls_it(client, language):
    page = BeautifulSoup(client.get(f"/{language}/accounts/signup/").content, "html.parser")

    header_link = page.select_one(".account-menu a[href$='/accounts/signup/']").get_text(strip=True)
    assert page.find("h1").get_text(strip=True) == header_link
    assert page.select_one("main button[type=submit]").get_text(strip=True) == header_link


def test_wagtail_password_only_login_is_no_side_door(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/ar/accounts/login/?next=%2Fadmin%2Fpages%2F"


def test_staff_without_a_second_factor_must_set_one_up(client, portal):
    user = get_user_model().objects.get(email="editor@example.com")
    user.authenticator_set.all().delete()
    client.force_login(user)

    response = client.get("/admin/")

    assert response["Location"].startswith("/ar/accounts/2fa/totp/activate/")


def test_staff_signing_in_give_password_then_code_and_reach_the_admin(client, portal):
    response = client.post(
        "/ar/accounts/login/", {"login": "editor@example.com", "password": PASSWORD}
    )
    assert response["Location"].startswith("/ar/accounts/2fa/authenticate/")
    assert client.get("/admin/")["Location"].startswith("/ar/accounts/login/")

    code = code_valid_for_a_while()
    client.post(response["Location"], {"code": code})

    assert client.get("/admin/").status_code == 200


def test_a_citizen_is_never_asked_for_a_second_factor(client, portal):
    client.post("/ar/accounts/login/", {"login": "citizen@example.com", "password": PASSWORD})

    assert client.get("/ar/complaints/mine/").status_code == 200


def test_citizen_edits_the_mandatory_details_in_the_profile(client, portal):
    client.login(email="citizen@example.com", password=PASSWORD)

    response = client.post(
        "/en/accounts/profile/",
        {
            "full_name": "Ali Hassan Kadhim",
            "phone": "0770 123 4567",
            "residence": "abroad",
            "residence_country": "SE",
            "notify_by_sms": "on",
        },
    )

    # A new phone number needs the password again and a code (test_account_changes.py).
    user = get_user_model().objects.get(email="citizen@example.com")
    assert response.status_code == 302
    assert (user.full_name, str(user.phone), user.residence_country.code, user.notify_by_sms) == (
        "Ali Hassan Kadhim",
        "+9647701234567",
        "SE",
        True,
    )


@pytest.mark.parametrize(
    ("url", "language"),
    [
        ("/ar/accounts/login/", "ar"),
        ("/ckb/accounts/login/", "ckb"),
        ("/en/accounts/login/", "en"),
        ("/ckb/accounts/password/reset/", "ckb"),
        ("/ckb/accounts/signup/", "ckb"),
    ],
)
def test_account_pages_render_in_each_language(client, url, language):
    page = BeautifulSoup(client.get(url).content, "html.parser")

    assert page.html["lang"] == language
    assert page.find("h1").get_text(strip=True)
    if language == "ckb":
        assert any(ch in page.find("h1").get_text() for ch in "ێۆڕڵەگچپژ")


def test_country_names_read_in_central_kurdish(client):
    page = BeautifulSoup(client.get("/ckb/accounts/signup/").content, "html.parser")

    turkey = page.select_one("#id_residence_country option[value=TR]").get_text(strip=True)
    assert turkey == "تورکیا"


def test_an_error_elsewhere_keeps_the_typed_passwords(client):
    page = BeautifulSoup(
        client.post(SIGNUP, {**signup_data(), "phone": "12"}).content, "html.parser"
    )

    assert page.select_one("#id_phone")["aria-invalid"] == "true"
    assert page.select_one("#id_password1")["value"] == "Baghdad-river-2026!"
    assert page.select_one("#id_password2")["value"] == "Baghdad-river-2026!"
    assert page.select_one("#id_full_name")["value"] == "ليلى جاسم محمد"


def test_a_refused_password_is_not_sent_back(client):
    page = BeautifulSoup(
        client.post(SIGNUP, {**signup_data(), "password2": "Baghdad-river-2025!"}).content,
        "html.parser",
    )

    assert page.select_one("#id_password2")["aria-invalid"] == "true"
    assert not page.select_one("#id_password1").get("value")
    assert not page.select_one("#id_password2").get("value")

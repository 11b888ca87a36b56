"""The attachment picker's part on the server: the page hands the browser the server's own
limits and messages, in the page's language, and the server still refuses what the browser
would have stopped (tests/browser/test_file_picker.py checks the browser's part)."""

import pytest
from bs4 import BeautifulSoup
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from complaints.cases import uploads
from complaints.models import Case

from .conftest import PDF_BYTES, upload
from .test_submission import form_data

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


@pytest.fixture
def signed_in(client, reference_data, citizen):
    client.force_login(citizen)
    return client


def picker(response):
    return BeautifulSoup(response.content, "html.parser").select_one("[data-file-picker]")


@pytest.mark.parametrize(("language", "choose"), [("ar", "اختر الملفات"), ("en", "Choose files")])
def test_the_form_hands_the_browser_the_servers_limits_and_messages(
    signed_in, settings, language, choose
):
    settings.COMPLAINTS_MAX_FILE_SIZE = 2 * MB
    settings.COMPLAINTS_MAX_CASE_SIZE = 3 * MB
    settings.COMPLAINTS_MAX_FILES = 3

    field = picker(signed_in.get(f"/{language}/complaints/submit/"))

    file_input = field.select_one("input[type=file]")
    assert file_input["data-max-file-size"] == str(2 * MB)
    assert file_input["data-max-total-size"] == str(3 * MB)
    assert file_input["data-max-files"] == "3"
    assert set(file_input["data-types"].split()) == set(uploads.ALLOWED_TYPES)
    button = field.select_one("[data-file-button]")
    assert button.name == "label"
    assert button["for"] == file_input["id"]
    assert button.get_text(strip=True) == choose
    with translation.override(language):
        too_large = uploads.TOO_LARGE % {"name": "{name}", "limit": filesizeformat(2 * MB)}
    message = field.select_one('template[data-file-message="too_large"]')
    assert message.get_text() == str(too_large)


def test_the_case_reply_has_the_same_picker(signed_in, case):
    field = picker(signed_in.get(f"/en/complaints/case/{case.reference}/"))

    assert field.select_one("input[type=file][data-max-file-size]")["name"] == "attachments"
    assert field.select_one('template[data-file-message="bad_type"]') is not None


def test_the_server_still_refuses_a_file_over_the_limit(signed_in, settings):
    big = PDF_BYTES + b"0" * (6 * MB)

    response = signed_in.post(
        "/en/complaints/submit/", form_data(attachments=[upload("scan.pdf", big)])
    )

    assert response.status_code == 200
    error = picker(response).select_one(".errorlist").get_text()
    assert "“scan.pdf” is larger than" in error
    assert Case.objects.count() == 0

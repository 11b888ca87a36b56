"""The receipt as a PDF: linked from the receipt page, for the citizen whose case it is only,
in the case's language (right to left in Arabic and Kurdish, the reference left to right),
under the portal's mark, without the access code; built by the case files' task."""

import io
import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from pypdf import PdfReader

from complaints.cases import workflow
from complaints.models import Agency, Case, CaseFile, Category
from tests.conftest import sign_in_staff

pytestmark = pytest.mark.django_db

# The mark's gold seal (img/mark.svg, #ffbf47) as a PDF fill colour: nothing else uses it.
MARK_GOLD = b"1 0.74902 0.278431 rg"


def url(case, language="ar"):
    return f"/{language}/complaints/case/{case.reference}/receipt/pdf/"


def built(client, case, capture, language="ar"):
    """Ask for the receipt (the task runs once the request commits), then download it."""
    with capture(execute=True):
        asked = client.get(url(case, language))
    assert asked.status_code == 302  # the PDF is never built in the request's transaction
    return client.get(url(case, language))


def pdf_of(response):
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content)


def labels_x(pdf, label):
    """Where on the page (points from the left) the text ``label`` starts."""
    found = []

    def visit(text, _cm, tm, _font, _size):
        if text.strip() == label:
            found.append(tm[4])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


def test_the_receipt_page_links_to_the_pdf(client, citizen, case):
    client.force_login(citizen)

    page = client.get(f"/ar/complaints/case/{case.reference}/receipt/").text

    assert f'href="{url(case)}"' in page
    assert "تنزيل الإيصال (PDF)" in page


@pytest.mark.parametrize(("language", "side"), [("ar", "right"), ("ckb", "right"), ("en", "left")])
def test_the_citizen_downloads_the_receipt_in_the_cases_language(
    client, citizen, case, django_capture_on_commit_callbacks, language, side
):
    Case.objects.filter(pk=case.pk).update(language=language)
    client.force_login(citizen)

    response = built(client, case, django_capture_on_commit_callbacks)

    assert f'filename="receipt-{case.reference}.pdf"' in response["Content-Disposition"]
    assert {"private", "no-store"} <= set(response["Cache-Control"].split(", "))
    pdf = pdf_of(response)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    with translation.override(language):
        heading, portal = (
            gettext("Your submission has been received"),
            gettext("Citizen Government"),
        )
        kind = gettext("Kind")
    assert heading in text
    assert portal in text
    assert case.subject in text  # Arabic extracted in logical order, letters joined
    assert case.reference in text  # in the order it is typed, left to right
    assert not re.search(r"\d{4}\D?\d{4}\D?\d{4}", text)  # no access code: the PDF is kept
    # The labels stand at the start edge: the right in Arabic and Kurdish.
    (x,) = labels_x(pdf, kind)
    assert (x > 300) == (side == "right")  # an A4 page is 595 points wide
    assert MARK_GOLD in PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data()


def test_no_one_else_gets_the_receipt(
    client, citizen, other_citizen, education_officer, case, django_capture_on_commit_callbacks
):
    client.force_login(citizen)
    built(client, case, django_capture_on_commit_callbacks)

    client.force_login(other_citizen)
    assert client.get(url(case)).status_code == 404
    sign_in_staff(client, education_officer.email)
    assert client.get(url(case)).status_code == 404
    assert client.get(f"/ar/complaints/case/{case.reference}/receipt/").status_code == 404
    assert CaseFile.objects.filter(case=case).count() == 1


def test_the_request_does_not_build_the_pdf(client, citizen, case):
    """Without the commit no task has run: the receipt page says the PDF is being prepared,
    and asking again while it is built queues no second build."""
    client.force_login(citizen)

    response = client.get(url(case), follow=True)
    client.get(url(case))

    assert response.redirect_chain[-1][0] == f"/ar/complaints/case/{case.reference}/receipt/"
    assert "يجري إعداد الإيصال (PDF)" in response.text
    assert CaseFile.objects.get(case=case).ready_at is None


def test_a_receipt_is_built_again_once_the_case_has_changed(
    client, citizen, intake, case, django_capture_on_commit_callbacks
):
    client.force_login(citizen)
    built(client, case, django_capture_on_commit_callbacks)
    assert pdf_of(client.get(url(case)))  # the same one again, no new build
    assert CaseFile.objects.filter(case=case).count() == 1

    workflow.register_case(
        case=case,
        actor=intake,
        kind="request",
        category=Category.objects.get(code="PASSPORT"),
        agency=Agency.objects.get(code="MOI"),
        priority="normal",
    )
    text = PdfReader(io.BytesIO(pdf_of(built(client, case, django_capture_on_commit_callbacks))))

    assert CaseFile.objects.filter(case=case).count() == 2
    assert Category.objects.get(code="PASSPORT").name_ar in text.pages[0].extract_text()

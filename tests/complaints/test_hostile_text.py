"""Hostile text typed by a citizen and by staff, through the real forms, then looked for in
every place it is shown: the citizen's pages, the admin's listing, case page and dashboard,
the e-mails (HTML and text), the SMS, the case file PDF and the spreadsheet export. It is
always shown as text, never run: markup arrives escaped, bidi overrides are gone, a formula is
quoted."""

import csv
import io

import pytest
from django.core import mail
from pypdf import PdfReader

from citizens_site.core import sms
from complaints.cases import workflow
from complaints.models import Agency, Case, CaseFile, Category
from tests.conftest import leave, sign_in_staff

pytestmark = pytest.mark.django_db

SUBJECT = '<script>alert("subject")</script> تأخر \u202eالبطاقة'
DETAILS = '<img src=x onerror=alert("details")>\r\n=HYPERLINK("http://evil.example/","x")'
REPLY = '<script>alert("reply")</script> نعمل على طلبك <b onmouseover=alert(1)>الآن</b>'
NOTE = '<svg onload=alert("note")> ملاحظة داخلية'
LIVE_MARKUP = ["<script>alert", "<img src=x", "<b onmouseover", "<svg onload"]


def assert_only_text(html):
    for markup in LIVE_MARKUP:
        assert markup not in html, markup
    assert "\u202e" not in html


@pytest.fixture
def hostile_case(
    client, citizen, intake, interior_officer, django_capture_on_commit_callbacks, settings
):
    """The case as the forms make it; mail and SMS go out as they would after each commit."""
    settings.SMS_BACKEND = "citizens_site.core.sms.LocmemBackend"
    sms.outbox.clear()
    citizen.notify_by_sms = True
    citizen.save(update_fields=["notify_by_sms"])
    with django_capture_on_commit_callbacks(execute=True):
        return _hostile_case(client, citizen, intake, interior_officer)


def _hostile_case(client, citizen, intake, interior_officer):
    client.force_login(citizen)
    agency = Agency.objects.get(code="MOI-NCA")
    response = client.post(
        "/ar/complaints/submit/",
        {
            "subject": SUBJECT,
            "details": DETAILS,
            "kind": "request",
            "agency": agency.pk,
            "category": Category.objects.get(code="CIVIL-ID").pk,
            "place": "baghdad",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    case = Case.objects.get()
    workflow.register_case(
        case=case,
        actor=intake,
        kind="request",
        category=case.category,
        agency=Agency.objects.get(code="GSCM"),
        priority="normal",
    )
    workflow.refer_case(case=case, actor=intake, agency=agency, reason="")
    client.logout()
    sign_in_staff(client, interior_officer.email)
    for action, message in [("reply", REPLY), ("note", NOTE)]:
        case.refresh_from_db()
        answer = client.post(
            f"/admin/cases/{case.pk}/action/{action}/",
            {"version": case.version, "message": message},
        )
        assert answer.status_code == 302, answer.content.decode()[:2000]
    leave(client)
    case.refresh_from_db()
    return case


def test_the_stored_text_keeps_the_words_and_loses_the_overrides(hostile_case):
    assert hostile_case.subject == '<script>alert("subject")</script> تأخر البطاقة'
    assert "\r" not in hostile_case.details
    assert hostile_case.details.startswith("<img src=x")


def test_the_citizens_pages_show_it_as_text(client, citizen, hostile_case):
    client.force_login(citizen)

    for url in [
        "/ar/complaints/mine/",
        f"/ar/complaints/case/{hostile_case.reference}/",
        f"/en/complaints/case/{hostile_case.reference}/",
    ]:
        html = client.get(url).content.decode()
        assert_only_text(html)
        assert "&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;" in html, url
    case_page = client.get(f"/ar/complaints/case/{hostile_case.reference}/").content.decode()
    assert "&lt;script&gt;alert(&quot;reply&quot;)" in case_page
    assert "onload=alert(&quot;note&quot;)" not in case_page  # internal: never shown at all


def test_the_admin_shows_it_as_text(client, intake, interior_officer, hostile_case):
    sign_in_staff(client, interior_officer.email)

    for url in ["/admin/", "/admin/cases/", f"/admin/cases/{hostile_case.pk}/"]:
        html = client.get(url).content.decode()
        assert_only_text(html)
    detail = client.get(f"/admin/cases/{hostile_case.pk}/").content.decode()
    for escaped in [
        "&lt;script&gt;alert(&quot;subject&quot;)",
        "&lt;img src=x",
        "&lt;script&gt;alert(&quot;reply&quot;)",
        "&lt;svg onload",
    ]:
        assert escaped in detail


def test_mail_and_sms_carry_it_as_text(hostile_case):
    assert len(mail.outbox) >= 2  # the receipt and the reply
    assert sms.outbox
    for message in mail.outbox:
        assert "\u202e" not in message.subject + message.body
        for html, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":
                assert_only_text(html)
    assert all(
        "\u202e" not in text["message"] and "\r" not in text["message"] for text in sms.outbox
    )


def test_the_case_file_prints_it_as_text(
    client, citizen, hostile_case, private_storage, django_capture_on_commit_callbacks
):
    client.force_login(citizen)
    with django_capture_on_commit_callbacks(execute=True):  # the PDF is built after the commit
        client.post(f"/ar/complaints/case/{hostile_case.reference}/case-file/")
    case_file = CaseFile.objects.get(case=hostile_case)

    response = client.get(f"/ar/complaints/case/{hostile_case.reference}/case-file/{case_file.pk}/")
    pdf = b"".join(response.streaming_content)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)

    # Printed, so it was escaped: a live <script> would have been dropped by the renderer.
    assert 'alert("subject")' in text
    assert 'alert("note")' not in text  # the citizen's copy has no internal notes


def test_the_spreadsheet_export_quotes_it(client, intake, hostile_case):
    sign_in_staff(client, intake.email)

    response = client.get("/admin/cases/?export=csv")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))

    row = next(row for row in rows if row[0] == hostile_case.reference)
    assert hostile_case.subject in row
    assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row)


def test_a_second_citizen_and_another_agency_see_none_of_it(
    client, other_citizen, education_officer, hostile_case
):
    client.force_login(other_citizen)
    assert client.get(f"/ar/complaints/case/{hostile_case.reference}/").status_code == 404
    client.logout()
    sign_in_staff(client, education_officer.email)
    not_yours = client.get(f"/admin/cases/{hostile_case.pk}/")
    missing = client.get("/admin/cases/999999/")
    assert (not_yours.status_code, not_yours.get("Location")) == (
        missing.status_code,
        missing.get("Location", "").replace("999999", str(hostile_case.pk)),
    )
    assert "alert(" not in client.get(not_yours.get("Location") or "/admin/").content.decode()
    assert "alert(" not in client.get("/admin/cases/").content.decode()

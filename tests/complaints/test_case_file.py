"""The case file: a PDF built by a task, in the case's language with the Arabic in logical
order; the citizen's copy leaves out internal notes; nobody else gets it."""

import io

import pytest
from pypdf import PdfReader

from complaints.cases import workflow
from complaints.models import CaseFile
from tests.complaints.test_publication_and_grievance import answered_case
from tests.conftest import sign_in_staff

pytestmark = pytest.mark.django_db

SUBJECT = "تأخر إصدار البطاقة الوطنية"


@pytest.fixture
def answered(citizen, intake, interior_officer, private_storage):
    case = answered_case(citizen, intake, interior_officer)
    workflow.add_internal_note(case=case, actor=interior_officer, message="ملاحظة داخلية سرية")
    return case


def pdf_text(response):
    assert response["Content-Type"] == "application/pdf"
    pdf = b"".join(response.streaming_content)
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_citizen_asks_for_and_downloads_their_case_file(
    client, citizen, answered, django_capture_on_commit_callbacks
):
    client.force_login(citizen)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/ar/complaints/case/{answered.reference}/case-file/")
    case_file = CaseFile.objects.get(case=answered)
    assert case_file.ready_at is not None

    page = client.get(f"/ar/complaints/case/{answered.reference}/").text
    url = f"/ar/complaints/case/{answered.reference}/case-file/{case_file.pk}/"
    assert f'href="{url}"' in page

    text = pdf_text(client.get(url))
    assert answered.reference in text
    assert SUBJECT in text  # Arabic extracted in logical order, letters joined
    assert "ملاحظة داخلية سرية" not in text
    assert "صدرت البطاقة" in text  # the public answer is in the timeline


def test_staff_case_file_includes_internal_notes(
    client, intake, answered, django_capture_on_commit_callbacks
):
    sign_in_staff(client, intake.email)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/cases/{answered.pk}/case-file/")
    case_file = CaseFile.objects.get(case=answered, audience="staff")

    text = pdf_text(client.get(f"/admin/cases/{answered.pk}/case-file/{case_file.pk}/"))

    assert "ملاحظة داخلية سرية" in text
    assert answered.citizen_phone in text


def test_no_one_else_gets_the_case_file(
    client, citizen, other_citizen, education_officer, answered, django_capture_on_commit_callbacks
):
    client.force_login(citizen)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/ar/complaints/case/{answered.reference}/case-file/")
    case_file = CaseFile.objects.get(case=answered)
    url = f"/ar/complaints/case/{answered.reference}/case-file/{case_file.pk}/"

    client.force_login(other_citizen)
    assert client.get(url).status_code == 404
    assert client.post(f"/ar/complaints/case/{answered.reference}/case-file/").status_code == 404

    sign_in_staff(client, education_officer.email)
    assert client.get(f"/admin/cases/{answered.pk}/case-file/{case_file.pk}/").status_code in (
        302,
        404,
    )
    assert CaseFile.objects.count() == 1


def test_the_request_does_not_build_the_pdf(client, citizen, answered):
    """Without the commit, no task has run: the page says the file is being prepared."""
    client.force_login(citizen)

    client.post(f"/ar/complaints/case/{answered.reference}/case-file/")

    assert CaseFile.objects.get(case=answered).ready_at is None
    page = client.get(f"/ar/complaints/case/{answered.reference}/")
    assert page.context["case_file"].ready_at is None
    assert 'role="status"' in page.text


def test_asking_twice_while_it_is_built_queues_one_build(client, citizen, answered):
    client.force_login(citizen)

    for _attempt in range(3):
        client.post(f"/ar/complaints/case/{answered.reference}/case-file/")

    assert CaseFile.objects.filter(case=answered).count() == 1

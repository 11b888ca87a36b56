"""The archive: finished cases move there after the configured period, stay read-only, are
found in the admin's Archive, reopen only by intake with a reason; after the retention period
their personal data go and their figures stay."""

import datetime
import io
import os

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from complaints.cases import workflow
from complaints.cases.models.cases import Status
from complaints.cases.scheduled import anonymise_archived_cases, archive_finished_cases
from complaints.indicators.figures import agency_figures
from complaints.indicators.store import refresh
from complaints.models import Agency, Attachment, Case, CaseEvent, CaseFile
from tests.complaints.conftest import png_bytes, submit
from tests.complaints.test_publication_and_grievance import answered_case
from tests.conftest import sign_in_staff

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 1, 10, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def answered(citizen, intake, interior_officer, settings):
    settings.COMPLAINTS_ARCHIVE_AFTER_DAYS = 90
    settings.COMPLAINTS_RETENTION_YEARS = 5
    with time_machine.travel(START, tick=False):
        return answered_case(citizen, intake, interior_officer)


def later(days):
    return START + datetime.timedelta(days=days)


def test_answered_case_is_archived_after_the_period_not_before(answered):
    assert archive_finished_cases(now=later(89)) == 0
    answered.refresh_from_db()
    assert answered.status == Status.ANSWERED

    assert archive_finished_cases(now=later(91)) == 1
    answered.refresh_from_db()
    assert answered.status == Status.ARCHIVED
    assert answered.archived_at == later(91)
    assert answered.events.filter(kind=CaseEvent.Kind.ARCHIVED).exists()


def test_open_cases_are_never_archived(reference_data, citizen):
    with time_machine.travel(START, tick=False):
        submit(citizen)

    assert archive_finished_cases(now=later(400)) == 0


def test_archived_case_is_read_only_for_citizen_and_officer(answered, citizen, interior_officer):
    archive_finished_cases(now=later(91))
    answered.refresh_from_db()

    assert workflow.available_actions(interior_officer, answered) == []
    assert not answered.can_be_rated
    assert not answered.can_be_contested
    with pytest.raises(workflow.WorkflowError):
        workflow.rate_case(case=answered, citizen=citizen, rating=5)


def test_only_intake_reopens_an_archived_case_and_only_with_a_reason(
    answered, intake, interior_supervisor
):
    archive_finished_cases(now=later(91))
    answered.refresh_from_db()

    with pytest.raises(workflow.WorkflowError):
        workflow.reopen_archived_case(case=answered, actor=interior_supervisor, reason="خطأ")
    with pytest.raises(workflow.WorkflowError):
        workflow.reopen_archived_case(case=answered, actor=intake, reason="  ")

    workflow.reopen_archived_case(case=answered, actor=intake, reason="طلب المواطن إعادة النظر")
    answered.refresh_from_db()
    assert answered.status == Status.IN_PROGRESS
    assert answered.archived_at is None


def test_archive_view_lists_archived_cases_and_the_working_list_does_not(client, answered, intake):
    archive_finished_cases(now=later(91))
    sign_in_staff(client, intake.email)

    working = client.get("/admin/cases/").text
    archive = client.get("/admin/cases/", {"status": "archived", "q": answered.reference}).text

    assert answered.reference not in working
    assert answered.reference in archive


def test_retention_removes_personal_data_and_keeps_the_figures(
    answered, citizen, intake, private_storage
):
    attachment = Attachment(
        case=answered, original_name="هوية.png", content_type="image/png", size=10, sha256="0" * 64
    )
    attachment.file.save("identity.png", ContentFile(png_bytes()), save=True)
    stored = attachment.file.path
    workflow.rate_case(case=answered, citizen=citizen, rating=4)
    archive_finished_cases(now=later(91))
    ministry = Agency.objects.get(code="MOI")
    refresh(full=True)
    before = agency_figures(minimum=0)[ministry.pk]

    assert anonymise_archived_cases(now=later(91 + 365 * 5 - 1)) == 0
    assert anonymise_archived_cases(now=later(91 + 365 * 5 + 1)) == 1

    case = Case.objects.get(pk=answered.pk)
    assert case.citizen is None
    assert case.citizen_phone == ""
    assert case.citizen_email == ""
    assert citizen.full_name not in (case.citizen_name + case.subject + case.details)
    assert not case.attachments.exists()
    assert not os.path.exists(stored)
    assert not case.events.exclude(message="").exists()
    assert (case.reference, case.category_id, case.satisfaction_rating) == (
        answered.reference,
        answered.category_id,
        4,
    )
    refresh(full=True)
    assert agency_figures(minimum=0)[ministry.pk] == before


def test_retention_removes_the_case_files_and_receipts(answered):
    kept = []
    for audience in [CaseFile.Audience.STAFF, CaseFile.Audience.RECEIPT]:
        case_file = CaseFile.objects.create(
            case=answered, audience=audience, ready_at=timezone.now()
        )
        case_file.file.save(case_file.download_name, ContentFile(b"%PDF-1.4"), save=True)
        kept.append(case_file.file.path)
    archive_finished_cases(now=later(91))

    assert anonymise_archived_cases(now=later(91 + 365 * 5 + 1)) == 1

    assert not CaseFile.objects.filter(case=answered).exists()
    assert not any(os.path.exists(path) for path in kept)


def test_daily_command_archives_and_anonymises(answered):
    with time_machine.travel(later(91), tick=False):
        call_command("archive_cases", stdout=io.StringIO())

    answered.refresh_from_db()
    assert answered.status == Status.ARCHIVED
    assert timezone.now() > answered.archived_at

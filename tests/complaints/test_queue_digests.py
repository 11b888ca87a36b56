"""No queue waits unseen: a daily digest to staff whose queue has cases past triage time."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from complaints.backoffice.digests import send_queue_digests
from complaints.cases import roles as case_roles
from complaints.cases import workflow
from complaints.models import Agency, Category

from .conftest import submit
from .staff import make_staff

pytestmark = pytest.mark.django_db


def test_intake_and_officers_get_one_digest_for_cases_past_triage(
    citizen, reference_data, mailoutbox, django_capture_on_commit_callbacks
):
    intake = make_staff("intake@example.com", group=case_roles.INTAKE_MODERATORS)
    officer = make_staff("moi@example.com", group=case_roles.AGENCY_OFFICERS, agency_code="MOI")
    quiet = make_staff("moe@example.com", group=case_roles.AGENCY_OFFICERS, agency_code="MOE")
    waiting = submit(citizen).case
    referred = submit(citizen).case
    workflow.register_case(
        case=referred,
        actor=intake,
        kind="request",
        category=Category.objects.get(code="CIVIL-ID"),
        agency=Agency.objects.get(code="GSCM"),
        priority="normal",
    )
    workflow.refer_case(
        case=referred, actor=intake, agency=Agency.objects.get(code="MOI-NCA"), reason=""
    )
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert send_queue_digests() == 0  # nothing has waited long yet
    later = timezone.now() + datetime.timedelta(hours=49)
    with time_machine.travel(later), django_capture_on_commit_callbacks(execute=True):
        sent = send_queue_digests()

    recipients = sorted(m.to[0] for m in mailoutbox)
    assert sent == 2
    assert recipients == [intake.email, officer.email]
    assert quiet.email not in recipients
    assert waiting.status == "submitted"


def test_staff_who_turned_the_digest_off_get_none(citizen, reference_data, mailoutbox):
    intake = make_staff("intake@example.com", group=case_roles.INTAKE_MODERATORS)
    intake.queue_digest = False
    intake.save()
    submit(citizen)

    with time_machine.travel(timezone.now() + datetime.timedelta(days=3)):
        assert send_queue_digests() == 0

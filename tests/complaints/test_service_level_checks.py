"""Overdue cases with a frozen clock: supervisors warned once, then the case escalates."""

import datetime
import zoneinfo

import pytest
import time_machine

from complaints.agencies.service_levels import add_working_days
from complaints.cases import roles as case_roles
from complaints.cases.scheduled import check_service_levels
from complaints.models import Agency, Membership

from .conftest import submit
from .staff import make_staff

pytestmark = pytest.mark.django_db

BAGHDAD = zoneinfo.ZoneInfo("Asia/Baghdad")


@pytest.fixture
def supervisor(reference_data):
    return make_staff(
        "moi.head@example.com",
        group=case_roles.AGENCY_SUPERVISORS,
        agency_code="MOI",
        role=Membership.Role.SUPERVISOR,
    )


def test_overdue_case_warns_the_supervisor_once_then_escalates(
    citizen, supervisor, mailoutbox, django_capture_on_commit_callbacks, settings
):
    with time_machine.travel(datetime.datetime(2026, 11, 1, 9, 0, tzinfo=BAGHDAD), tick=False):
        case = submit(citizen, agency="MOI-NCA").case
    due = case.due_date

    day_after = add_working_days(due, 1)
    with django_capture_on_commit_callbacks(execute=True):
        first = check_service_levels(today=day_after)
        again = check_service_levels(today=day_after)
    warnings = [m for m in mailoutbox if m.to == [supervisor.email]]

    late = add_working_days(due, settings.COMPLAINTS_ESCALATE_AFTER_DAYS)
    with time_machine.travel(datetime.datetime.combine(late, datetime.time(8), BAGHDAD)):
        final = check_service_levels(today=late)

    case.refresh_from_db()
    assert (first, again) == ({"warned": 1, "escalated": 0}, {"warned": 0, "escalated": 0})
    assert len(warnings) == 1
    assert case.reference in warnings[0].subject
    assert final == {"warned": 0, "escalated": 1}
    assert case.agency == Agency.objects.get(code="MOI")
    assert case.events.filter(kind="escalated").count() == 1


def test_a_case_within_its_service_level_is_left_alone(citizen, supervisor):
    case = submit(citizen, agency="MOI-NCA").case

    assert check_service_levels(today=case.due_date) == {"warned": 0, "escalated": 0}

"""Two staff acting on one case at the same moment, each on a connection of their own: with
PostgreSQL's row locks, and with SQLite's one writer at a time."""

import threading
import time

import pytest
from django.db import transaction

from complaints.agencies.seed import load_reference_data
from complaints.cases import roles as case_roles
from complaints.cases import workflow
from complaints.models import Agency, Case, Category

from .conftest import make_citizen, submit
from .staff import make_staff

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_second_staff_member_is_told_the_case_changed(shared_database):
    load_reference_data()
    citizen = make_citizen("concurrent@example.com")
    intake = make_staff("intake.a@example.com", group=case_roles.INTAKE_MODERATORS)
    other = make_staff("intake.b@example.com", group=case_roles.INTAKE_MODERATORS)
    case = submit(citizen).case
    opened_version = case.version
    locked = threading.Event()

    def first_moderator():
        with transaction.atomic():
            Case.objects.select_for_update().get(pk=case.pk)
            locked.set()
            time.sleep(0.5)  # the second moderator's request arrives and waits here
            workflow.register_case(
                case=case,
                actor=intake,
                kind="request",
                category=Category.objects.get(code="CIVIL-ID"),
                agency=Agency.objects.get(code="GSCM"),
                priority="normal",
                expected_version=opened_version,
            )
        return "registered"

    def second_moderator():
        locked.wait(5)
        try:
            workflow.reject_case(
                case=case, actor=other, reason="spam", expected_version=opened_version
            )
        except workflow.ConcurrentChange:
            return "told the case changed"
        return "rejected"

    outcomes = shared_database.run_at_once(first_moderator, second_moderator)

    assert outcomes == ["registered", "told the case changed"]
    case.refresh_from_db()
    assert case.status == "registered"
    assert case.events.filter(kind="rejected").count() == 0

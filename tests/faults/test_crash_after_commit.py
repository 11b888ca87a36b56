"""The process dies between the commit of a case and the queueing of its receipt: nothing
is lost. With the database queue (production) the receipt's task row commits with the case;
with any other task backend the receipt waits in the outbox, and repair_notifications queues
it, once."""

import datetime
import io

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.db import connections
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from complaints.models import Case, PendingNotice
from tests.complaints.conftest import make_citizen
from tests.conftest import run_task_worker

from .conftest import SUBMIT, form_data

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def dies_after_commit(monkeypatch):
    """Commits happen; what was to run after them never does, as when the worker is killed
    (deployed over, out of memory) the moment its transaction commits."""
    connection = connections["default"]
    monkeypatch.setattr(connection, "run_and_clear_commit_hooks", connection.run_on_commit.clear)
    return monkeypatch.undo


def repair():
    out = io.StringIO()
    call_command("repair_notifications", stdout=out)
    return out.getvalue()


def submit_and_die(client, dies_after_commit):
    client.force_login(make_citizen("citizen.one@example.com"))
    response = client.post(SUBMIT, form_data(), follow=True)
    dies_after_commit()  # a new process takes over
    code = BeautifulSoup(response.content, "html.parser").select_one(".receipt__code")
    return Case.objects.get(), code.get_text()


def test_a_receipt_left_in_the_outbox_is_queued_by_the_repair_once(
    client, reference_data, migrated_rows_snapshot, dies_after_commit
):
    case, access_code = submit_and_die(client, dies_after_commit)

    assert mail.outbox == []  # the receipt never left
    assert PendingNotice.objects.count() == 1
    assert "Queued 0 " in repair()  # too young: its own process may still be queueing it

    later = timezone.now() + datetime.timedelta(minutes=6)
    with time_machine.travel(later):
        assert "Queued 1 " in repair()
        assert "Queued 0 " in repair()

    assert [m.to for m in mail.outbox] == [["citizen.one@example.com"]]
    assert case.reference in mail.outbox[0].body
    assert access_code in mail.outbox[0].body  # the code the receipt page showed
    assert not PendingNotice.objects.exists()


def test_with_the_database_queue_the_receipt_commits_with_the_case(
    client, reference_data, migrated_rows_snapshot, database_queue, dies_after_commit
):
    case, _ = submit_and_die(client, dies_after_commit)

    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert not PendingNotice.objects.exists()
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=6)):
        assert "Queued 0 " in repair()
    run_task_worker()

    assert [m.to for m in mail.outbox] == [["citizen.one@example.com"]]
    assert case.reference in mail.outbox[0].body


def test_without_a_crash_the_outbox_is_empty_and_the_receipt_goes_out_once(
    client, reference_data, migrated_rows_snapshot
):
    client.force_login(make_citizen("citizen.one@example.com"))
    client.post(SUBMIT, form_data())

    assert len(mail.outbox) == 1
    assert not PendingNotice.objects.exists()
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=6)):
        assert "Queued 0 " in repair()
    assert len(mail.outbox) == 1

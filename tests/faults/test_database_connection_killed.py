"""The database connection is cut in the middle of a submission (PostgreSQL's
pg_terminate_backend, from a second connection): the citizen is told that nothing was saved,
with the form still filled in; no case, no file and no queued message is left; sending the
form again makes exactly one case."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import FileSystemStorage
from django.db import connection
from django.db.models.signals import pre_save
from django.test import Client
from django_tasks_db.models import DBTaskResult

from complaints.models import Attachment, Case, CaseEvent
from tests.complaints.conftest import make_citizen, upload

from .conftest import SUBMIT, big_pdf, files_named_by_rows, files_on_disk, form_data

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NOTHING_SAVED = "لم يُحفظ شيء"


@pytest.fixture(autouse=True)
def _postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("cutting a connection mid-request needs PostgreSQL (pg_terminate_backend)")


def cut_this_connection():
    """Terminate this thread's database session from another one, as a failover, a restart
    or an administrator would, and wait until it is gone."""
    pid = connection.connection.info.backend_pid
    other = connection.get_new_connection(connection.get_connection_params())
    try:
        other.autocommit = True
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s, 5000)", [pid])
    finally:
        other.close()


class Fault:
    armed = False

    @classmethod
    def strike(cls):
        if cls.armed:
            cls.armed = False
            cut_this_connection()


class CuttingStorage(FileSystemStorage):
    """Writes the file, then the connection is cut (before the attachment's row is)."""

    def _save(self, name, content):
        name = super()._save(name, content)
        Fault.strike()
        return name


def _cut_before_the_receipt_is_queued(sender, **kwargs):
    Fault.strike()  # the receipt's task row is the transaction's last write


@pytest.fixture(params=["writing the file", "queueing the receipt"])
def cut(request, settings, private_storage, database_queue):
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": f"{__name__}.CuttingStorage",
            "OPTIONS": {"location": str(private_storage), "base_url": None},
        },
    }
    if request.param == "queueing the receipt":
        pre_save.connect(_cut_before_the_receipt_is_queued, sender=DBTaskResult)
    Fault.armed = True
    yield
    Fault.armed = False
    pre_save.disconnect(_cut_before_the_receipt_is_queued, sender=DBTaskResult)


def test_a_cut_connection_saves_nothing_says_so_and_the_form_sent_again_makes_one_case(
    reference_data, migrated_rows_snapshot, cut, private_storage
):
    client = Client(raise_request_exception=False)
    client.force_login(make_citizen("citizen.one@example.com"))
    data = form_data(subject="انقطاع الكهرباء عن الحي", details="لا كهرباء منذ ثلاثة أيام.")

    response = client.post(SUBMIT, {**data, "attachments": [upload("bill.pdf", big_pdf())]})

    assert not Fault.armed  # the connection was cut during the request
    assert response.status_code == 503
    page = BeautifulSoup(response.content, "html.parser")
    assert NOTHING_SAVED in page.select_one("[role=alert]").get_text()
    assert page.select_one("#id_subject")["value"] == "انقطاع الكهرباء عن الحي"
    assert page.select_one("#id_details").get_text().strip() == "لا كهرباء منذ ثلاثة أيام."
    assert not Case.objects.exists()
    assert not CaseEvent.objects.exists()
    assert not Attachment.objects.exists()
    assert not DBTaskResult.objects.exists()  # no receipt for a case that does not exist
    assert files_on_disk(private_storage) == files_named_by_rows()
    # The file was kept for the next attempt (the database answers again), as after any error.
    kept = [field["value"] for field in page.select("input[name=kept_uploads]")]
    assert len(kept) == 1

    again = client.post(SUBMIT, {**data, "kept_uploads": kept})

    assert again.status_code == 302
    case = Case.objects.get()
    assert case.subject == "انقطاع الكهرباء عن الحي"
    assert [a.original_name for a in case.attachments.all()] == ["bill.pdf"]
    assert files_on_disk(private_storage) == files_named_by_rows()
    assert DBTaskResult.objects.count() == 1  # one receipt

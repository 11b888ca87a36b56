"""Mail goes out from the task queue: a mail server that is down delays it, never loses it."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from citizens_site.core.tasks import send_email
from tests.conftest import run_task_worker

# The worker closes its database connection after each batch, as in production: that ends
# the per-test transaction of an ordinary test, so this one commits for real.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_message_is_delivered_once_the_mail_server_is_back(
    database_queue, settings, migrated_rows_snapshot
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2
    send_email.enqueue(subject="Receipt 26-000001-9", body="…", to=["a@example.com"])

    run_task_worker()  # the server refuses: the task queues a later attempt
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(status="READY").count() == 1

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=2)):
        run_task_worker()

    assert [m.subject for m in mail.outbox] == ["Receipt 26-000001-9"]

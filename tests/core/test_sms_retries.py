"""Text messages go out from the task queue: an SMS gateway that is down delays a message
(a citizen's receipt, a phone code), never loses it."""

import datetime

import pytest
import time_machine
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from citizens_site.core import sms
from citizens_site.core.sms import send_sms
from tests.conftest import run_task_worker

# The worker closes its database connection after each batch, as in production: that ends
# the per-test transaction of an ordinary test, so this one commits for real.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class FlakyGateway(sms.BaseBackend):
    """A gateway that refuses messages while ``down`` is set, then delivers to the outbox."""

    down = True

    def send(self, phone, message):
        if FlakyGateway.down:
            raise sms.DeliveryError("gateway unavailable")
        sms.outbox.append({"phone": phone, "message": message})


@pytest.fixture
def flaky_gateway(settings, database_queue):
    settings.SMS_BACKEND = f"{__name__}.FlakyGateway"
    FlakyGateway.down = True
    sms.outbox.clear()
    yield FlakyGateway
    sms.outbox.clear()


def test_message_is_delivered_once_the_gateway_is_back(flaky_gateway, migrated_rows_snapshot):
    send_sms.enqueue(phone="+9647712223344", message="26-000001-9: 4821")

    run_task_worker()  # the gateway refuses: the task queues a later attempt
    assert sms.outbox == []
    assert DBTaskResult.objects.filter(status="READY").count() == 1

    flaky_gateway.down = False
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=2)):
        run_task_worker()

    assert sms.outbox == [{"phone": "+9647712223344", "message": "26-000001-9: 4821"}]
    assert DBTaskResult.objects.filter(status="READY").count() == 0


def test_a_gateway_down_for_more_than_a_day_records_the_message_as_failed(
    flaky_gateway, migrated_rows_snapshot
):
    send_sms.enqueue(phone="+9647712223344", message="26-000001-9: 4821")

    later = timezone.now()
    for _attempt in range(9):
        with time_machine.travel(later):
            run_task_worker()
        later += datetime.timedelta(hours=13)

    assert sms.outbox == []
    assert DBTaskResult.objects.filter(status="READY").count() == 0
    assert DBTaskResult.objects.filter(status="FAILED").count() == 1

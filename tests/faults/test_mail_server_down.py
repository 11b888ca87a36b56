"""The mail server is down or stalls: sign-up and submission answer at once, and each
message is delivered exactly once when the server is back (a real SMTP server, aiosmtpd)."""

import datetime
import time

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from complaints.models import Case
from tests.complaints.conftest import make_citizen
from tests.conftest import run_task_worker

from .conftest import SUBMIT, form_data

# The worker commits and closes its connection, as in production.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SIGNUP = "/ar/accounts/signup/"


def timed(call):
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


@pytest.mark.parametrize("fault", ["down", "stall"])
def test_sign_up_and_submission_answer_at_once_and_each_message_goes_out_once_when_mail_is_back(
    client, smtp_sink, database_queue, reference_data, migrated_rows_snapshot, settings, fault
):
    getattr(smtp_sink, fault)()

    signed_up, signup_took = timed(
        lambda: client.post(
            SIGNUP,
            {
                "email": "layla@example.com",
                "password1": "Baghdad-river-2026!",
                "password2": "Baghdad-river-2026!",
                "full_name": "ليلى جاسم محمد",
                "phone": "0770 123 4567",
                "residence": "basra",
                "residence_country": "",
            },
        )
    )
    client.force_login(make_citizen("citizen.one@example.com"))
    submitted, submit_took = timed(lambda: client.post(SUBMIT, form_data()))

    # Neither request waited for the mail server: a stalled one would hold a request that
    # talked to it for EMAIL_TIMEOUT at least.
    assert signed_up.status_code == 302
    assert get_user_model().objects.filter(email="layla@example.com").exists()
    assert submitted.status_code == 302
    case = Case.objects.get()
    assert max(signup_took, submit_took) < settings.EMAIL_TIMEOUT
    assert DBTaskResult.objects.filter(status="READY").count() == 2  # waiting, not lost

    run_task_worker()  # the server still refuses or stalls: both wait for a later attempt
    assert smtp_sink.messages == []

    smtp_sink.up()
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=2)):
        run_task_worker()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1)):
        run_task_worker()  # nothing is left to send twice

    assert smtp_sink.recipients() == ["citizen.one@example.com", "layla@example.com"]
    receipt = next(m for m in smtp_sink.messages if m["To"] == "citizen.one@example.com")
    text = next(part for part in receipt.walk() if part.get_content_type() == "text/plain")
    assert case.reference in text.get_payload(decode=True).decode()

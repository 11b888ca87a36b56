"""Following up without signing in: by reference and access code, or by phone and SMS code."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.utils import timezone

from complaints.cases.identifiers import format_reference
from complaints.messaging import sms
from complaints.models import PhoneVerification

from .conftest import submit

pytestmark = pytest.mark.django_db

TRACK = "/ar/complaints/track/"
PHONE = "/ar/complaints/phone/"
PHONE_CODE = "/ar/complaints/phone/code/"


@pytest.fixture(autouse=True)
def sms_outbox(settings):
    settings.SMS_BACKEND = "complaints.messaging.sms.LocmemBackend"
    sms.outbox.clear()
    return sms.outbox


def text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def test_reference_and_access_code_show_status_and_replies_without_personal_data(
    client, reference_data, citizen
):
    submission = submit(citizen)

    response = client.post(
        TRACK,
        {"reference": submission.case.reference, "access_code": submission.access_code},
        follow=True,
    )

    page = text(response)
    assert submission.case.reference in page
    assert citizen.full_name not in page
    assert str(citizen.phone) not in page
    assert "قدمت الطلب قبل شهرين" not in page  # the details stay private


def test_wrong_number_and_wrong_code_give_the_same_answer(client, reference_data, citizen):
    submission = submit(citizen)
    other = submit(citizen)

    wrong_code = client.post(
        TRACK, {"reference": submission.case.reference, "access_code": "00000000"}
    )
    wrong_case = client.post(
        TRACK, {"reference": other.case.reference, "access_code": submission.access_code}
    )
    unknown = client.post(TRACK, {"reference": "26-999999-" + "0", "access_code": "1"})

    assert wrong_code.status_code == wrong_case.status_code == 400
    errors = [
        BeautifulSoup(r.content, "html.parser").select_one(".error-summary").get_text()
        for r in (wrong_code, wrong_case)
    ]
    assert errors[0] == errors[1]
    assert unknown.status_code == 400


def test_tracking_is_rate_limited_per_client(client, reference_data, citizen):
    submission = submit(citizen)
    for n in range(10):  # ten references, so that no reference's own lock is reached
        client.post(TRACK, {"reference": format_reference(2026, 500_000 + n), "access_code": "1"})

    response = client.post(
        TRACK, {"reference": submission.case.reference, "access_code": submission.access_code}
    )

    assert response.status_code == 429


def test_tracked_case_page_is_not_open_to_another_session(client, reference_data, citizen):
    case = submit(citizen).case

    assert client.get(f"/ar/complaints/track/{case.reference}/").status_code == 404


def test_phone_follow_up_sends_a_code_and_shows_the_cases_of_that_phone(
    client, reference_data, citizen, sms_outbox, django_capture_on_commit_callbacks
):
    case = submit(citizen).case

    with django_capture_on_commit_callbacks(execute=True):
        client.post(PHONE, {"phone": "0770 123 4567"})
    code = _code_from(sms_outbox[-1])
    response = client.post(PHONE_CODE, {"code": code}, follow=True)

    assert sms_outbox[-1]["phone"] == "+9647701234567"
    assert case.reference in text(response)
    assert citizen.full_name not in text(response)


def _code_from(message):
    return "".join(ch for ch in message["message"] if ch.isdigit())[:6]


def test_phone_page_answers_the_same_whether_or_not_the_number_has_cases(
    client, reference_data, citizen, sms_outbox, django_capture_on_commit_callbacks
):
    submit(citizen)

    with django_capture_on_commit_callbacks(execute=True):
        known = client.post(PHONE, {"phone": "07701234567"}, follow=True)
    with django_capture_on_commit_callbacks(execute=True):
        unknown = client.post(PHONE, {"phone": "07801112233"}, follow=True)

    assert known.status_code == unknown.status_code == 200
    assert text(known).replace("4567", "####") == text(unknown).replace("2233", "####")
    assert len(sms_outbox) == 1


def test_phone_code_works_once(
    client, reference_data, citizen, sms_outbox, django_capture_on_commit_callbacks
):
    submit(citizen)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(PHONE, {"phone": "07701234567"})
    code = _code_from(sms_outbox[-1])
    client.post(PHONE_CODE, {"code": code})
    client.cookies.clear()  # a new visitor who somehow has the same code

    session = client.session
    session["complaints.phone_pending"] = "+9647701234567"
    session.save()
    response = client.post(PHONE_CODE, {"code": code})

    assert response.status_code == 400


def test_phone_code_expires_and_is_limited_in_tries(
    client, reference_data, citizen, sms_outbox, settings, django_capture_on_commit_callbacks
):
    submit(citizen)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(PHONE, {"phone": "07701234567"})
    code = _code_from(sms_outbox[-1])
    for _ in range(settings.PHONE_CODE_MAX_ATTEMPTS):
        client.post(PHONE_CODE, {"code": "000000" if code != "000000" else "111111"})

    assert client.post(PHONE_CODE, {"code": code}).status_code == 400

    with django_capture_on_commit_callbacks(execute=True):
        client.post(PHONE, {"phone": "07701234567"})
    fresh = _code_from(sms_outbox[-1])
    PhoneVerification.objects.update(expires_at=timezone.now())
    assert client.post(PHONE_CODE, {"code": fresh}).status_code == 400


def test_phone_codes_are_rate_limited_per_phone(
    client, reference_data, citizen, sms_outbox, django_capture_on_commit_callbacks
):
    submit(citizen)
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            client.post(PHONE, {"phone": "07701234567"})

    response = client.post(PHONE, {"phone": "0770 123 4567"})

    assert response.status_code == 429
    assert len(sms_outbox) == 3


def test_phone_cases_page_needs_a_verified_code(client, reference_data, citizen):
    submit(citizen)

    assert client.get("/ar/complaints/phone/cases/")["Location"] == PHONE


def _error(response):
    return BeautifulSoup(response.content, "html.parser").select_one(".error-summary").get_text()


def test_wrong_codes_for_one_reference_lock_it_whatever_the_address(
    client, reference_data, citizen
):
    """Five wrong codes from five addresses lock the reference: even the right code is then
    refused, and the citizen is told the other ways to follow the case up."""
    submission = submit(citizen)
    reference = submission.case.reference
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        for n in range(5):
            wrong = client.post(
                TRACK,
                {"reference": reference, "access_code": "1111-2222-3333"},
                REMOTE_ADDR=f"198.51.100.{n + 1}",
            )
            assert wrong.status_code == 400

        locked = client.post(
            TRACK,
            {"reference": reference, "access_code": submission.access_code},
            REMOTE_ADDR="203.0.113.9",
        )

    assert locked.status_code == 429
    assert "SMS" in _error(locked)
    with time_machine.travel(now + datetime.timedelta(minutes=2), tick=False):
        opened = client.post(
            TRACK,
            {"reference": reference, "access_code": submission.access_code},
            REMOTE_ADDR="203.0.113.9",
        )
    assert opened.status_code == 302


def test_each_wrong_code_past_the_free_tries_doubles_the_lock(client, reference_data, citizen):
    submission = submit(citizen)
    reference = submission.case.reference
    start = timezone.now()

    def attempt(at, code, address):
        with time_machine.travel(at, tick=False):
            return client.post(
                TRACK, {"reference": reference, "access_code": code}, REMOTE_ADDR=address
            )

    for n in range(6):  # the sixth wrong code locks for two minutes
        attempt(start + datetime.timedelta(minutes=2 * n), "0000-0000-0000", f"192.0.2.{n}")

    later = start + datetime.timedelta(minutes=10, seconds=90)
    assert attempt(later, submission.access_code, "192.0.2.50").status_code == 429
    assert (
        attempt(
            later + datetime.timedelta(minutes=1), submission.access_code, "192.0.2.51"
        ).status_code
        == 302
    )


def test_the_lock_says_nothing_about_whether_a_reference_exists(client, reference_data):
    nobodys = format_reference(2026, 999_999)
    for n in range(6):
        client.post(
            TRACK, {"reference": nobodys, "access_code": "1"}, REMOTE_ADDR=f"198.51.100.{n + 1}"
        )

    response = client.post(
        TRACK, {"reference": nobodys, "access_code": "1"}, REMOTE_ADDR="198.51.100.99"
    )

    assert response.status_code == 429


def test_access_codes_are_twelve_digits_and_typed_separators_do_not_matter(
    client, reference_data, citizen
):
    submission = submit(citizen)
    digits = submission.access_code.replace("-", "")
    assert len(digits) == 12
    arabic_indic = digits.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))

    response = client.post(
        TRACK,
        {
            "reference": submission.case.reference,
            "access_code": f" {arabic_indic[:6]} {arabic_indic[6:]} ",
        },
    )

    assert response.status_code == 302


@pytest.mark.parametrize(
    "spellings",
    [
        [
            "0770-123-4567",
            "+9647701234567",
            "009647701234567",
            "(0770) 123 4567",
            "٠٧٧٠١٢٣٤٥٦٧",
            "+964 770 123 4567",
        ]
    ],
)
def test_the_per_phone_limit_counts_one_phone_however_it_is_typed(
    client, reference_data, citizen, sms_outbox, django_capture_on_commit_callbacks, spellings
):
    submit(citizen)

    with django_capture_on_commit_callbacks(execute=True):
        answers = [client.post(PHONE, {"phone": spelling}).status_code for spelling in spellings]

    assert answers[3:] == [429, 429, 429]
    assert len(sms_outbox) == 3


@pytest.fixture
def shared_cache(settings):
    """Production's cache: Redis on this machine (a network round trip per read and write,
    where a read-then-write race shows), in a database of its own, emptied afterwards."""
    import redis
    from django.core.cache import caches

    url = "redis://127.0.0.1:6379/13"
    try:
        redis.Redis.from_url(url).ping()
    except redis.ConnectionError:
        pytest.fail("Redis is not running at 127.0.0.1:6379 (the machine's shared cache)")
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    }
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


def test_wrong_codes_sent_at_the_same_moment_each_count_towards_the_lock(
    reference_data, shared_cache
):
    """A script guessing in parallel gains nothing: twenty wrong codes recorded at once lock
    the reference as long as twenty recorded one after another (the longest lock, a day)."""
    import threading

    from complaints.citizen import tracking

    reference = format_reference(2026, 4242)
    start = threading.Barrier(20)

    def guess():
        start.wait(timeout=10)
        tracking.record_failure(reference)

    threads = [threading.Thread(target=guess) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    until = tracking.locked_until(reference)
    assert until is not None
    assert until - timezone.now() > datetime.timedelta(hours=23)

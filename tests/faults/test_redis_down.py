"""Redis, the shared cache, is down or stalls: public pages, sign-in and following up keep
working; rate limits and the access-code lockout let requests through (fail open) and the
outage is logged. With Redis up, the same limits hold (the control)."""

import logging
import socket
import time
import uuid

import pytest
import redis
from bs4 import BeautifulSoup

from complaints.models import Case
from tests.complaints.conftest import make_citizen, submit
from tests.factories.people import PASSWORD

from .conftest import SUBMIT, form_data, free_port

pytestmark = pytest.mark.django_db

TRACK = "/ar/complaints/track/"
REDIS = "redis://127.0.0.1:6379/9"  # the machine's Redis; db 9 and a key prefix of our own


def use_redis(settings, location, *, timeout=1, prefix=""):
    settings.CACHES = {
        "default": {
            "BACKEND": "citizens_site.core.cache.FailOpenRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": timeout, "socket_timeout": timeout},
        }
    }


@pytest.fixture
def redis_down(settings):
    """The cache points at a port where nothing listens."""
    use_redis(settings, f"redis://127.0.0.1:{free_port()}/9")


@pytest.fixture
def redis_stalled(settings):
    """The cache points at a port that accepts connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        use_redis(settings, f"redis://127.0.0.1:{listener.getsockname()[1]}/9", timeout=2)
        yield


@pytest.fixture
def redis_up(settings):
    prefix = f"faults-{uuid.uuid4().hex}"
    try:
        redis.Redis.from_url(REDIS, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis at 127.0.0.1:6379 for the control")
    use_redis(settings, REDIS, prefix=prefix)
    yield
    client = redis.Redis.from_url(REDIS)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def test_public_pages_sign_in_and_submission_keep_working_while_redis_is_down(
    client, portal, reference_data, redis_down, caplog
):
    caplog.set_level(logging.WARNING, logger="citizens_site.core.cache")

    assert client.get("/ar/").status_code == 200
    assert client.get("/en/").status_code == 200
    assert client.get("/ar/accounts/login/").status_code == 200
    signed_in = client.post(
        "/ar/accounts/login/", {"login": "citizen@example.com", "password": PASSWORD}
    )
    assert signed_in.status_code == 302
    assert client.get("/ar/complaints/mine/").status_code == 200
    assert client.post(SUBMIT, form_data()).status_code == 302
    assert Case.objects.get().citizen.email == "citizen@example.com"
    assert any("cannot be reached" in r.getMessage() for r in caplog.records)


def test_a_stalled_redis_costs_one_wait_not_one_per_page(client, portal, redis_stalled):
    client.get("/ar/")  # waits out the timeout once (two seconds here)

    for _ in range(3):
        started = time.monotonic()
        assert client.get("/ar/").status_code == 200
        assert time.monotonic() - started < 2


def wrong_then_right_codes(client, case, access_code, tries=12):
    statuses = [
        client.post(TRACK, {"reference": case.reference, "access_code": "000000000000"}).status_code
        for _ in range(tries)
    ]
    right = client.post(TRACK, {"reference": case.reference, "access_code": access_code})
    return statuses, right


@pytest.fixture
def tracked_case(reference_data):
    return submit(make_citizen("citizen.one@example.com"))


def test_limits_fail_open_and_are_logged_while_redis_is_down(
    client, tracked_case, redis_down, caplog
):
    statuses, right = wrong_then_right_codes(client, tracked_case.case, tracked_case.access_code)

    assert set(statuses) == {400}  # wrong code each time, never "too many"
    assert right.status_code == 302  # the citizen with the right code is not locked out
    assert any(
        r.levelno == logging.ERROR and r.name == "citizens_site.core.cache" for r in caplog.records
    )


def test_limits_hold_while_redis_is_up(client, tracked_case, redis_up):
    statuses, right = wrong_then_right_codes(client, tracked_case.case, tracked_case.access_code)

    assert statuses[:5] == [400] * 5
    assert set(statuses[5:]) == {429}  # locked after five wrong codes, then the address limit
    assert right.status_code == 429
    assert BeautifulSoup(right.content, "html.parser").select_one("[role=alert]")

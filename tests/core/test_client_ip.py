"""Rate limits see the citizen's address behind our TLS proxy, never one a client made up."""

import pytest
from allauth.account.adapter import get_adapter
from django.test import RequestFactory

from citizens_site.core.security.client_ip import client_ip
from complaints.cases.identifiers import format_reference

TRACK = "/ar/complaints/track/"


def request(remote, forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **headers)


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES, settings.TRUSTED_PROXY_COUNT = [], 0

    assert client_ip(request("203.0.113.5", "198.51.100.1")) == "203.0.113.5"


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        # Through our proxy: the address the proxy appended.
        ("10.0.0.2", "198.51.100.7", "198.51.100.7"),
        # A client's own header before ours is not believed: the rightmost address not ours is.
        ("10.0.0.2", "1.2.3.4, 198.51.100.7", "198.51.100.7"),
        # Two of our proxies in a row.
        ("10.0.0.2", "198.51.100.7, 10.0.0.9", "198.51.100.7"),
        # Sent straight to the worker, round the proxy: the header changes nothing.
        ("203.0.113.5", "198.51.100.7", "203.0.113.5"),
        # A mangled header from our own network: believe nothing in it.
        ("10.0.0.2", "not-an-address", "10.0.0.2"),
        ("10.0.0.2", "[2001:db8::1]", "2001:db8::1"),
    ],
)
def test_trusted_proxy_networks(settings, remote, forwarded, expected):
    settings.TRUSTED_PROXIES, settings.TRUSTED_PROXY_COUNT = ["10.0.0.0/8"], 0

    assert client_ip(request(remote, forwarded)) == expected


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("198.51.100.7", "198.51.100.7"),
        ("1.2.3.4, 198.51.100.7", "198.51.100.7"),
        ("", "127.0.0.1"),
    ],
)
def test_trusted_proxy_count(settings, forwarded, expected):
    settings.TRUSTED_PROXIES, settings.TRUSTED_PROXY_COUNT = [], 1

    assert client_ip(request("127.0.0.1", forwarded)) == expected


def test_allauth_limits_use_the_same_address(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]

    assert get_adapter().get_client_ip(request("10.0.0.2", "198.51.100.7")) == "198.51.100.7"


def _track_wrong(client, n, **extra):
    return client.post(
        TRACK, {"reference": format_reference(2026, 700_000 + n), "access_code": "1"}, **extra
    )


@pytest.mark.django_db
def test_behind_the_proxy_each_citizen_has_their_own_limit(client, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    for n in range(10):
        _track_wrong(client, n, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.1")

    first = _track_wrong(client, 10, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.1")
    second = _track_wrong(client, 11, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.2")

    assert first.status_code == 429
    assert second.status_code == 400  # another citizen behind the same proxy: not limited


@pytest.mark.django_db
def test_a_made_up_forwarded_header_sent_straight_to_the_app_changes_nothing(client, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    for n in range(10):
        _track_wrong(client, n, REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")

    response = _track_wrong(
        client, 10, REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="198.51.100.200"
    )

    assert response.status_code == 429

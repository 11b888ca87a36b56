"""Security headers from the first page: strict on the public site, relaxed only in the admin."""

import pytest

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:]
        for part in (p.strip() for p in policy.split(";"))
        if part
    }


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.mark.parametrize("url", ["/ar/", "/en/about/", "/ar/no-such-page/"])
def test_public_pages_get_a_strict_policy(client, demo, url):
    response = client.get(url)

    policy = directives(response)
    assert_common_headers(response)
    assert response["X-Frame-Options"] == "DENY"
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_public_pages_load_nothing_from_another_host(client, demo):
    from bs4 import BeautifulSoup

    for url in ["/ar/", "/ckb/", "/en/", "/ar/contact/"]:
        page = BeautifulSoup(client.get(url).content, "html.parser")
        for tag, attribute in [("script", "src"), ("link", "href"), ("img", "src"),
                               ("iframe", "src")]:
            for element in page.find_all(tag):
                value = element.get(attribute, "")
                if tag == "link" and element.get("rel") in (["alternate"], ["canonical"]):
                    # Alternates and the canonical address name this site's pages, absolute
                    # as search engines need them; nothing is loaded from them.
                    assert value.startswith("http://testserver/"), (url, value)
                    continue
                assert not value.startswith(("http:", "https:", "//")), (url, value)
        assert not page.find("script", src=False, type=lambda t: t != "application/json")


def test_server_error_page_gets_the_strict_policy(client, demo, settings):
    settings.DEBUG = False
    client.raise_request_exception = False
    settings.ROOT_URLCONF = "tests.core.failing_urls"

    response = client.get("/en/boom/")

    assert response.status_code == 500
    assert_common_headers(response)
    assert directives(response)["script-src"] == ["'self'"]
    assert b"Something went wrong" in response.content


def test_admin_gets_the_relaxed_script_policy_only_there(client, demo):
    from tests.conftest import sign_in_staff

    sign_in_staff(client, "admin@example.com")

    response = client.get("/admin/")

    assert response.status_code == 200
    assert_common_headers(response)
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]

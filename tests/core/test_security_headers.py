"""Security headers from the first page: strict on the public site, relaxed only in the admin."""

import pytest

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part
    }


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.mark.parametrize("url", ["/ar/", "/en/about/", "/ar/no-such-page/"])
def test_public_pages_get_a_strict_policy(client, portal, url):
    response = client.get(url)

    policy = directives(response)
    assert_common_headers(response)
    assert response["X-Frame-Options"] == "DENY"
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    # No injected <base> may redirect the page's relative addresses, no form may post away,
    # no plugin may load.
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.parametrize("url", ["/ar/", "/en/about/", "/ckb/search/?q=x", "/ar/no-such-page/"])
def test_a_visitor_reading_public_pages_gets_no_cookie(client, portal, url):
    """No CSRF token, no session: a page without a form is the same for every visitor, so it
    can be kept for all of them (core.page_cache), and a reader is not tracked."""
    response = client.get(url)

    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.text


def test_public_pages_load_nothing_from_another_host(client, portal):
    from bs4 import BeautifulSoup

    for url in ["/ar/", "/ckb/", "/en/", "/ar/contact/"]:
        page = BeautifulSoup(client.get(url).content, "html.parser")
        for tag, attribute in [
            ("script", "src"),
            ("link", "href"),
            ("img", "src"),
            ("iframe", "src"),
        ]:
            for element in page.find_all(tag):
                value = element.get(attribute, "")
                if tag == "link" and element.get("rel") in (["alternate"], ["canonical"]):
                    # Alternates and the canonical address name this site's pages, absolute
                    # as search engines need them; nothing is loaded from them.
                    assert value.startswith("http://testserver/"), (url, value)
                    continue
                assert not value.startswith(("http:", "https:", "//")), (url, value)
        assert not page.find("script", src=False, type=lambda t: t != "application/json")


def test_server_error_page_gets_the_strict_policy(client, portal, settings):
    settings.DEBUG = False
    client.raise_request_exception = False
    settings.ROOT_URLCONF = "tests.core.failing_urls"

    response = client.get("/en/boom/")

    assert response.status_code == 500
    assert_common_headers(response)
    assert directives(response)["script-src"] == ["'self'"]
    assert b"Something went wrong" in response.content


def test_admin_runs_only_its_own_scripts_and_never_eval(client, portal):
    from tests.conftest import sign_in_staff

    sign_in_staff(client, "admin@example.com")

    response = client.get("/admin/")

    assert response.status_code == 200
    assert_common_headers(response)
    policy = directives(response)
    assert policy["script-src"][0] == "'self'"
    assert all(source.startswith("'nonce-") for source in policy["script-src"][1:])
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


def inline_scripts(response):
    from bs4 import BeautifulSoup

    page = BeautifulSoup(response.content, "html.parser")
    return [
        script
        for script in page.find_all("script")
        if not script.get("src") and script.get("type") != "application/json"
    ]


@pytest.fixture
def pr_pages(portal, homes):
    """A live campaign and a live event, each in its listing (built by the factories)."""
    from tests.conftest import publish
    from tests.factories import (
        CampaignIndexPageFactory,
        CampaignPageFactory,
        EventIndexPageFactory,
        EventPageFactory,
    )

    campaigns = publish(CampaignIndexPageFactory(parent=homes["ar"], slug="campaigns"))
    events = publish(EventIndexPageFactory(parent=homes["ar"], slug="events"))
    return [
        publish(CampaignPageFactory(parent=campaigns, slug="back-to-school")),
        publish(EventPageFactory(parent=events, slug="rights-seminar")),
    ]


@pytest.mark.parametrize("page_type", ["campaigns.CampaignPage", "publications.EventPage"])
def test_the_page_editors_inline_scripts_carry_the_responses_nonce(client, pr_pages, page_type):
    """The choosers, date pickers and inline panels (a campaign's links, an event's
    registration fields) start with inline scripts: each carries the nonce the policy names,
    so they run and an injected one would not."""
    from django.apps import apps

    from tests.conftest import sign_in_staff

    model = apps.get_model(page_type)
    page = model.objects.filter(locale__language_code="ar").first()
    sign_in_staff(client, "admin@example.com")

    response = client.get(f"/admin/pages/{page.pk}/edit/")

    assert response.status_code == 200
    nonces = [
        source for source in directives(response)["script-src"] if source.startswith("'nonce-")
    ]
    assert len(nonces) == 1
    scripts = inline_scripts(response)
    assert any("Chooser(" in script.string for script in scripts)
    assert any(
        "initDateTimeChooser(" in script.string or "initDateChooser(" in script.string
        for script in scripts
    )
    assert any("new InlinePanel(" in script.string for script in scripts)
    assert {f"'nonce-{script.get('nonce')}'" for script in scripts} == set(nonces)


def test_an_admin_page_without_inline_scripts_names_no_nonce(client, portal):
    from tests.conftest import sign_in_staff

    sign_in_staff(client, "admin@example.com")

    response = client.get("/admin/cases/")

    assert response.status_code == 200
    assert inline_scripts(response) == []
    assert directives(response)["script-src"] == ["'self'"]


def test_a_draft_shown_in_the_admin_keeps_the_public_policy_but_may_be_framed_there(
    client, pr_pages
):
    """Wagtail renders previews and drafts through the public page's middleware; the
    editor's preview panel frames them, which frame-ancestors 'none' would leave blank."""
    from campaigns.models import CampaignPage
    from tests.conftest import sign_in_staff

    page = CampaignPage.objects.filter(locale__language_code="ar").first()
    sign_in_staff(client, "admin@example.com")

    response = client.get(f"/admin/pages/{page.pk}/view_draft/")

    assert response.status_code == 200
    assert page.title in response.content.decode()
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.parametrize(
    ("url", "extra", "status"),
    [
        ("/ar/no-such-page/", {}, 404),  # no such page in Wagtail's tree
        ("/ar/complaints/track/26-000001-9/", {}, 404),  # a view's Http404
        ("/no-such-page/", {}, 302),  # LocaleMiddleware: to /ar/no-such-page/
        ("/ar/no-such-page", {}, 301),  # CommonMiddleware: the missing slash
        ("/ar/", {"HTTP_HOST": "attacker.example"}, 400),  # a Host outside ALLOWED_HOSTS
    ],
)
def test_every_response_carries_the_policy_even_from_other_middleware(
    client, portal, settings, url, extra, status
):
    settings.DEBUG = False
    client.raise_request_exception = False

    response = client.get(url, **extra)

    assert response.status_code == status
    assert directives(response)["script-src"] == ["'self'"]
    assert directives(response)["frame-ancestors"] == ["'none'"]


def test_server_error_page_gets_a_policy_when_the_database_is_down(tmp_path):
    """A real unreachable database, in a separate production-like process (DEBUG off): the
    session is read before any view runs, and the 500 page must still carry the policy."""
    import json
    import subprocess
    import sys

    from django.conf import settings

    from tests.conftest import subprocess_env

    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "client = Client(raise_request_exception=False);"
        "client.cookies['sessionid'] = 'a' * 32;"
        "r = client.get('/admin/', secure=True);"
        "print(json.dumps({'status': r.status_code, 'text': r.content.decode(),"
        " 'policy': r.get('Content-Security-Policy', '')}))"
    )
    env = subprocess_env(
        DJANGO_SETTINGS_MODULE="citizens_site.settings.test",
        DEBUG="0",
        SECRET_KEY="a-secret-key-for-this-test-only-" * 2,
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"sqlite:///{tmp_path}/missing-directory/db.sqlite3",
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )

    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["status"] == 500
    assert "حدث خطأ ما" in outcome["text"]  # "Something went wrong", in Arabic
    assert "default-src 'self'" in outcome["policy"]
    assert "frame-ancestors" in outcome["policy"]


@pytest.mark.django_db
def test_a_body_larger_than_a_case_takes_is_refused_before_it_is_read(client, settings):
    settings.MAX_REQUEST_BODY_SIZE = 1024

    response = client.post("/ar/complaints/track/", {"reference": "x" * 4000, "access_code": "1"})

    assert response.status_code == 413
    assert response["Content-Security-Policy"]
    assert "ما أرسلته كبير جداً" in response.content.decode()  # in the visitor's language


@pytest.mark.django_db
def test_a_form_that_fails_the_csrf_check_gets_the_portals_page_in_the_visitors_language():
    from django.test import Client

    client = Client(enforce_csrf_checks=True)

    response = client.post("/ckb/complaints/track/", {"reference": "1", "access_code": "1"})

    assert response.status_code == 403
    page = response.content.decode()
    assert "فۆرمەکە نەنێردرا" in page
    assert "CSRF" not in page  # not Django's technical page
    assert response["Content-Security-Policy"]

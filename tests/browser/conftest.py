"""Playwright against Debian's Chromium (Playwright's own browser download fails here).

Django's live server runs in a thread of this process while Playwright's sync API keeps an
event loop in the main thread, hence DJANGO_ALLOW_ASYNC_UNSAFE for these tests only.
"""

import io
import os
import shutil

import pytest
from django.core.management import call_command

# Session-wide: the live server and Playwright's loop are session fixtures. Tests that start
# subprocesses drop it from the child's environment (tests/conftest.py: subprocess_env).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if CHROMIUM is None:
        pytest.fail("Debian's chromium is missing: run `make browser-deps` as root")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(autouse=True)
def _snapshot(migrated_rows_snapshot):
    """Every browser test ends with a flush; see tests/conftest.py."""


@pytest.fixture
def public_address(live_server, settings):
    """The live server is the portal's public address: links in mail lead to it."""
    settings.WAGTAILADMIN_BASE_URL = live_server.url


@pytest.fixture
def site(live_server, homes, public_address):
    """A portal built with the factories and served by a live server (its public address):
    the home and general pages in three languages, the real reference data, one person per
    role (tests/factories/site.py: TEAM, every password factories.PASSWORD) and two cases of
    the citizen's, counted in the indicators."""
    from complaints.agencies.seed import load_reference_data
    from complaints.indicators import store
    from complaints.models import Agency, Category
    from tests.factories import CaseFactory
    from tests.factories.site import build_general_pages, build_team

    build_general_pages(homes)
    load_reference_data()
    team = build_team()
    for agency, category, kind in [
        ("MOI-NCA", "CIVIL-ID", "request"),
        ("GOV-BASRA", "BASRA-MUNICIPAL", "complaint"),
    ]:
        CaseFactory(
            citizen=team["citizen"],
            agency=Agency.objects.get(code=agency),
            category=Category.objects.get(code=category),
            kind=kind,
        )
    store.refresh()
    return live_server


@pytest.fixture
def demo_site(live_server, public_address):
    """The demo site served by a live server, as `make run` builds it: for the tests of the
    demo's own content (the other browser tests use ``site``)."""
    call_command("load_demo", "--with-users", stdout=io.StringIO())
    return live_server

"""Fixtures shared by the whole suite, and the session clock.

``--clock-offset-days N`` runs the whole session N days in the future: time-machine moves the
clock (``datetime``, ``time``, ``timezone.now``) before anything is imported or any database is
created, and lets it tick. CI runs the suite once with 400 days so that a test that mixes a
fixed date with the real clock fails in CI instead of on the day the calendar reaches it.
Tests that freeze time themselves (``time_machine.travel``) still do: travels nest.
"""

import datetime
import io
import json
import os
from importlib import import_module

import hypothesis
import pytest
from django.core.management import call_command
from wagtail.models import Page

_CLOCK = pytest.StashKey()

# Property-based tests (hypothesis): the same examples every run, so CI never flakes on a new
# one; `--hypothesis-profile explore` searches further. Examples of one test share its
# database transaction and fixtures, which is what they are written for.
hypothesis.settings.register_profile(
    "portal",
    max_examples=40,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[
        hypothesis.HealthCheck.function_scoped_fixture,
        hypothesis.HealthCheck.too_slow,
        hypothesis.HealthCheck.data_too_large,
    ],
)
hypothesis.settings.register_profile(
    "explore",
    parent=hypothesis.settings.get_profile("portal"),
    max_examples=500,
    derandomize=False,
)
hypothesis.settings.load_profile("portal")


def pytest_addoption(parser):
    parser.addoption(
        "--clock-offset-days",
        type=int,
        default=0,
        metavar="N",
        help="run the whole session with the clock moved N days ahead (time-machine)",
    )


def pytest_configure(config):
    offset = config.getoption("--clock-offset-days")
    if offset:
        import time_machine

        moved = datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(days=offset)
        config.stash[_CLOCK] = time_machine.travel(moved, tick=True)
        config.stash[_CLOCK].start()


def pytest_unconfigure(config):
    if _CLOCK in config.stash:
        config.stash[_CLOCK].stop()


def pytest_report_header(config):
    offset = config.getoption("--clock-offset-days")
    if offset:
        return f"clock moved {offset} days ahead: {datetime.date.today().isoformat()}"
    return None


@pytest.fixture
def full_demo(db):
    """Everything `make run` loads. Only the demo loader's own tests use it: other tests
    build what they need with the factories (tests/factories)."""
    call_command("load_demo", "--with-users", stdout=io.StringIO())
    return Page.objects


@pytest.fixture
def languages():
    return ["ar", "ckb", "en"]


@pytest.fixture(scope="session", autouse=True)
def _media_outside_the_repository(tmp_path_factory):
    """Uploaded documents and images land in a temporary folder, never in the checkout (one
    for the session: worlds built once per module keep their files)."""
    from django.test import override_settings

    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: a rolled-back transaction sends no signals, so
    anything cached from one test's pages would otherwise leak into the next."""
    from django.core.cache import cache

    cache.clear()
    _STAFF_SESSIONS.clear()
    yield
    cache.clear()


def subprocess_env(**overrides):
    """The environment for a child Django process: ours, minus what only the tests need."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "DEBUG", "SECRET_KEY"}
    }
    return {**env, **overrides}


@pytest.fixture
def database_queue(settings):
    """Tasks go to the database queue, as in production, and wait for run_task_worker()."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_task_worker():
    """One pass of the production task worker over the tasks that are due. It closes its
    database connection afterwards, so tests that use it mark themselves
    django_db(transaction=True, serialized_rollback=True)."""
    call_command(
        "db_worker",
        "--batch",
        "--no-startup-delay",
        "--interval",
        "0",
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )


# The session of each staff member the test has signed in: signing a person in again goes back
# to it, as their browser would (allauth takes each code once: a second sign-in within the
# same 30 seconds would be refused).
_STAFF_SESSIONS: dict[int, str] = {}


def sign_in_staff(client, email, password=None):
    """Sign a staff member in as they do, in a browser of their own: password on the sign-in
    page, then the code of their authenticator app (the factories give every staff member
    the same test secret and ``PASSWORD``; their address counts as confirmed)."""
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.contrib.auth import get_user_model

    from citizens_site.core.accounts.totp import current_code, give_authenticator
    from tests.factories.people import PASSWORD, TOTP_SECRET

    user = get_user_model().objects.get(email=email)
    give_authenticator(user, TOTP_SECRET)
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    cookie = settings.SESSION_COOKIE_NAME
    client.cookies.pop(cookie, None)
    known = _STAFF_SESSIONS.get(user.pk)
    if known and import_module(settings.SESSION_ENGINE).SessionStore().exists(known):
        client.cookies[cookie] = known
        return user
    password = password or PASSWORD
    response = client.post("/ar/accounts/login/", {"login": email, "password": password})
    second_step = response.get("Location", "")
    if "/2fa/authenticate/" not in second_step:
        pytest.fail(f"{email} was not asked for a code after the password: {response.status_code}")
    response = client.post(second_step, {"code": current_code(TOTP_SECRET)})
    if response.status_code != 302 or "/2fa/" in response["Location"]:
        pytest.fail(
            f"{email} was refused the second factor"
            + (" (signed out and in again within 30 seconds: use leave())" if known else "")
        )
    _STAFF_SESSIONS[user.pk] = client.cookies[cookie].value
    return user


def leave(client):
    """Close the browser without signing out: the person's session stays open, so that
    sign_in_staff can take them back to it."""
    from django.conf import settings

    client.cookies.pop(settings.SESSION_COOKIE_NAME, None)


# The rows that migrations create, as JSON: taken once, by the first transactional test.
_MIGRATED_ROWS: dict[str, str] = {}


@pytest.fixture
def migrated_rows_snapshot(transactional_db):
    """Put back the rows that migrations created before a transactional test.

    A transactional test ends by emptying every table, which takes Wagtail's root page,
    locale, collection and the permissions with it. Django's serialized rollback cannot be
    relied on here: its snapshot lives on the connection object of the context that created
    the test database, and Playwright's event loop runs the browser tests in another one. So
    the first transactional test takes its own snapshot (ordinary tests run first and roll
    back, so the database then holds exactly the migrated rows) and every later one restores
    it when it finds the tables emptied. Every test marked
    django_db(transaction=True, serialized_rollback=True) gets it (the autouse fixture below).
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from wagtail.models import Page

    if "rows" not in _MIGRATED_ROWS:
        if not Page.objects.exists():
            pytest.fail("the migrated rows are gone before the first transactional test")
        # Content types first: saving other rows may look one up, and would otherwise create
        # it under a new key before the snapshot's row arrives.
        rows = json.loads(connection.creation.serialize_db_to_string())
        rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
        _MIGRATED_ROWS["rows"] = json.dumps(rows)
    elif not Page.objects.exists():
        # The flush re-created content types and permissions under new keys; empty the
        # tables again without that, so that the snapshot's keys come back unchanged.
        call_command(
            "flush",
            interactive=False,
            inhibit_post_migrate=True,
            reset_sequences=False,
            verbosity=0,
        )
        ContentType.objects.clear_cache()  # it still maps the flushed keys
        connection.creation.deserialize_db_from_string(_MIGRATED_ROWS["rows"])
        ContentType.objects.clear_cache()


@pytest.fixture(autouse=True)
def _migrated_rows_for_transactional_tests(request):
    """Every test marked django_db(serialized_rollback=True) gets the migrated rows back."""
    marker = request.node.get_closest_marker("django_db")
    if marker and marker.kwargs.get("serialized_rollback"):
        request.getfixturevalue("migrated_rows_snapshot")


@pytest.fixture
def homes(db):
    """The home page of each language (a site with no other content), keyed by language."""
    from tests.factories.site import build_homes

    return build_homes()


@pytest.fixture
def portal(homes):
    """A small portal built with the factories: the home pages, the general pages of the
    footer menu (about, privacy, terms, contact, accessibility) in the three languages, the
    contact details, the staff groups with the PR review workflow, and one person per role
    (TEAM)."""
    from tests.factories.site import build_general_pages, build_team

    build_general_pages(homes)
    return build_team()


def publish(page):
    """Publish a page as an editor's approval does (a revision, then publish)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


MAX_PUBLIC_QUERIES = 10


def count_queries(client, url):
    """Queries one GET of ``url`` makes once per-process caches are warm."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


class SharedDatabase:
    """One database that several threads use at once, each on its own connection, as the
    workers of a production server do.

    On PostgreSQL that is the test database itself. SQLite's test database lives in memory,
    where connections share one cache and lock tables instead of the file: nothing like
    production. So on SQLite the test database is copied into a file, opened with the
    project's connection settings, and the test's own thread uses that file too (until the
    test ends) to set up its rows and read what the threads wrote.
    """

    def __init__(self, settings_dict):
        self.settings_dict = settings_dict  # None: every thread opens the test database

    def connect(self):
        """Point this thread's default connection at the shared database."""
        if self.settings_dict is not None:
            from django.db import connections
            from django.db.utils import load_backend

            backend = load_backend(self.settings_dict["ENGINE"])
            connections["default"] = backend.DatabaseWrapper(self.settings_dict, "default")

    def run_at_once(self, *jobs):
        """Run each job in a thread of its own, all released together; return their results
        in order. A job that raises fails the test, with every thread's error listed."""
        import threading

        from django.db import connection

        results, errors = [None] * len(jobs), []
        start = threading.Barrier(len(jobs))

        def run(index, job):
            self.connect()
            try:
                start.wait(timeout=30)
                results[index] = job()
            except Exception as error:  # noqa: BLE001 - reported below, with the others
                errors.append(f"{type(error).__name__}: {error}")
            finally:
                connection.close()

        threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors, f"{len(errors)} of {len(jobs)} threads failed: {errors}"
        return results


def browser():
    """A test client for threads: it answers an error with the 500 page, as production does.
    (Raising instead would blame every thread: the test client hears of an error through a
    signal that all clients listen to.)"""
    from django.test import Client

    return Client(raise_request_exception=False)


def same_browser(client):
    """Another client with ``client``'s session: a second tab, a double click."""
    from django.conf import settings

    again = browser()
    cookie = settings.SESSION_COOKIE_NAME
    again.cookies[cookie] = client.cookies[cookie].value
    return again


@pytest.fixture
def shared_database(transactional_db, migrated_rows_snapshot, tmp_path):
    """A SharedDatabase; mark the test django_db(transaction=True, serialized_rollback=True)
    (threads see only committed rows)."""
    import sqlite3

    from django.db import connection, connections

    if connection.vendor != "sqlite":
        yield SharedDatabase(None)
        return
    connection.ensure_connection()
    copy = sqlite3.connect(tmp_path / "shared.sqlite3")
    connection.connection.backup(copy)
    copy.close()
    shared = SharedDatabase({**connection.settings_dict, "NAME": str(tmp_path / "shared.sqlite3")})
    in_memory = connections["default"]
    shared.connect()
    yield shared
    connections["default"].close()
    connections["default"] = in_memory

"""Fixtures shared by the whole suite, and the session clock.

``--clock-offset-days N`` runs the whole session N days in the future: time-machine moves the
clock (``datetime``, ``time``, ``timezone.now``) before anything is imported or any database is
created, and lets it tick. CI runs the suite once with 400 days so that a test that mixes a
fixed date with the real clock fails in CI instead of on the day the calendar reaches it.
Tests that freeze time themselves (``time_machine.travel``) still do: travels nest.
"""

import datetime
import io
import os

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


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: a rolled-back transaction sends no signals, so
    anything cached from one test's pages would otherwise leak into the next."""
    from django.core.cache import cache

    cache.clear()
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


def sign_in_staff(client, email):
    """Sign a staff member in as allauth does after password and second factor.

    The full flow (password, then TOTP code) is exercised in tests/core/test_accounts.py;
    other tests start from a session that has completed it.
    """
    import time

    from allauth.account.internal.flows.login import (
        _AUTHENTICATION_METHODS_USER_SESSION_KEY,
        AUTHENTICATION_METHODS_SESSION_KEY,
    )
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(email=email)
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, "JBSWY3DPEHPK3PXP")
    client.force_login(user)
    session = client.session
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": time.time(), "email": email},
        {"method": "mfa", "at": time.time(), "type": "totp"},
    ]
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
    session.save()
    return user


@pytest.fixture
def migrated_rows_snapshot(django_db_blocker):
    """Make serialized rollback work whatever ran before.

    A transactional test ends by emptying every table, and serialized rollback puts back the
    rows that migrations created (Wagtail's root page, locale, collection, permissions). It
    relies on a snapshot taken when the test database is created, which pytest-django skips
    when ordinary tests come first in the session; this takes the snapshot before the first
    transactional test instead (the database then holds exactly the migrated rows). Request
    it from every test marked django_db(transaction=True, serialized_rollback=True).
    """
    from django.db import connection

    with django_db_blocker.unblock():
        if not hasattr(connection, "_test_serialized_contents"):
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def homes(db):
    """The home page of each language (a site with no other content), keyed by language."""
    from tests.factories.site import build_homes

    return build_homes()


@pytest.fixture
def portal(homes):
    """A small portal built with the factories: the home pages, the general pages of the
    footer menu (about, privacy, terms, contact) in the three languages, the contact details,
    the staff groups with the PR review workflow, and one person per role (TEAM)."""
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

"""Playwright against Debian's Chromium (Playwright's own browser download fails here).

Django's live server runs in a thread of this process, hence DJANGO_ALLOW_ASYNC_UNSAFE, and
tests that use it need a transactional database with serialized rollback, or the next test
finds Wagtail's root page gone.
"""

import os
import shutil

import pytest

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

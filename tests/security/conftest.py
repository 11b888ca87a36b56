"""The world of the authorisation matrix, built once for the module that asks for it.

Building it (pages, revisions, a workflow, a translation, cases with files) takes seconds;
the matrix's tests only read it, each inside its own transaction that is rolled back, so
they share one copy. The module's transaction is rolled back at its end.
"""

import pytest
from django.db import transaction
from django.test.utils import override_settings


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    from django.conf import settings

    from .world import build_world

    files = tmp_path_factory.mktemp("matrix-files")
    storages = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(files / "private"), "base_url": None},
        },
    }
    with (
        django_db_blocker.unblock(),
        override_settings(STORAGES=storages, MEDIA_ROOT=str(files / "media")),
    ):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)

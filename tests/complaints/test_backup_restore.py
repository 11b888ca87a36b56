"""A backup restores into a fresh instance where every case opens and every attachment's hash
matches; a restore never overwrites an instance that holds data."""

import hashlib
import io
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from complaints.cases import uploads
from tests.conftest import subprocess_env

from .conftest import PDF_BYTES, png_bytes, submit, upload

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def fresh_instance(tmp_path):
    """The environment of a new instance: an empty database and empty file folders."""
    if connection.vendor == "postgresql":
        import psycopg

        db = connection.settings_dict
        name = f"restore_{uuid.uuid4().hex[:12]}"
        admin = psycopg.connect(
            host=db["HOST"],
            port=db["PORT"] or 5432,
            user=db["USER"],
            password=db["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
        )
        admin.execute(f"CREATE DATABASE {name}")
        url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{name}"
    else:
        url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    env = subprocess_env(
        DJANGO_SETTINGS_MODULE="citizens_site.settings.test",
        DATABASE_URL=url,
        MEDIA_ROOT=str(tmp_path / "fresh-media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "fresh-private"),
    )
    yield env
    if connection.vendor == "postgresql":
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


def manage(env, *arguments):
    return subprocess.run(  # our own manage.py
        [sys.executable, "manage.py", *arguments],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_a_backup_restores_every_case_and_file_into_a_fresh_instance(
    reference_data, citizen, other_citizen, migrated_rows_snapshot, fresh_instance, tmp_path
):
    scan = uploads.check_file(upload("scan.pdf", PDF_BYTES, "application/pdf"))
    photo = uploads.check_file(upload("photo.png", png_bytes(), "image/png"))
    first = submit(citizen, files=[scan, photo]).case
    submit(other_citizen, subject="طلب ثان")

    call_command("backup_instance", str(tmp_path / "backup"), stdout=io.StringIO())
    restored = manage(fresh_instance, "restore_instance", str(tmp_path / "backup"))

    assert restored.returncode == 0, restored.stderr
    assert "2 cases open; 2 attachments intact." in restored.stdout
    private = Path(fresh_instance["PRIVATE_MEDIA_ROOT"])
    for attachment in first.attachments.all():
        copy = (private / attachment.file.name).read_bytes()
        assert hashlib.sha256(copy).hexdigest() == attachment.sha256


def test_a_restore_refuses_an_instance_that_holds_data_and_an_altered_file_is_found(
    reference_data, citizen, migrated_rows_snapshot, fresh_instance, tmp_path
):
    scan = uploads.check_file(upload("scan.pdf", PDF_BYTES, "application/pdf"))
    case = submit(citizen, files=[scan]).case
    call_command("backup_instance", str(tmp_path / "backup"), stdout=io.StringIO())
    assert manage(fresh_instance, "restore_instance", str(tmp_path / "backup")).returncode == 0

    again = manage(fresh_instance, "restore_instance", str(tmp_path / "backup"))
    stored = Path(fresh_instance["PRIVATE_MEDIA_ROOT"]) / case.attachments.get().file.name
    stored.write_bytes(b"%PDF-1.4 altered")
    verified = manage(fresh_instance, "verify_case_files")

    assert again.returncode != 0
    assert "not empty" in again.stderr
    assert verified.returncode != 0
    assert f"{case.reference}: attachment" in verified.stderr
    assert "scan.pdf" not in verified.stderr  # no file names (personal data) in the report

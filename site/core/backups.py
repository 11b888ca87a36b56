"""Back up and restore a whole instance: the database and both file stores (public media, and
the private files: case attachments and case-file PDFs).

A backup is a folder holding ``database.pgdump`` (PostgreSQL's ``pg_dump`` custom format) or
``database.sqlite3`` (SQLite's online backup), ``media.tar.gz``, ``private.tar.gz`` and
``manifest.json`` with the SHA-256 of every file, checked again on restore. The database's own
tool does the dump, so a backup restores exactly, sequences and search index included. A
restore goes only into a fresh instance (an empty database, empty file folders): it never
overwrites data.
"""

import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connection

STORES = ("media", "private")


class BackupError(Exception):
    pass


def store_roots():
    """{store name: folder} of the file stores a backup holds."""
    return {
        "media": Path(settings.MEDIA_ROOT),
        "private": Path(settings.STORAGES["private"]["OPTIONS"]["location"]),
    }


def _hashes(root):
    hashes = {}
    if root.exists():
        for path in sorted(root.rglob("*")):
            if path.is_file():
                hashes[path.relative_to(root).as_posix()] = hashlib.sha256(
                    path.read_bytes()
                ).hexdigest()
    return hashes


def _pg_environment():
    db = connection.settings_dict
    env = {
        **os.environ,
        "PGHOST": db.get("HOST") or "",
        "PGPORT": str(db.get("PORT") or ""),
        "PGUSER": db.get("USER") or "",
        "PGDATABASE": db["NAME"],
    }
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def back_up(destination):
    """Write a backup of this instance into ``destination`` (a new folder); return the
    manifest."""
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=False)
    if connection.vendor == "postgresql":
        # PostgreSQL's own client, found on the PATH; fixed arguments, the database named by
        # the settings.
        subprocess.run(  # noqa: S603
            [  # noqa: S607
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                "--file",
                str(destination / "database.pgdump"),
            ],
            env=_pg_environment(),
            check=True,
            capture_output=True,
        )
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(destination / "database.sqlite3")
        with target:
            connection.connection.backup(target)
        target.close()
    else:
        raise BackupError(f"No backup method for {connection.vendor}.")
    files = {}
    for name, root in store_roots().items():
        with tarfile.open(destination / f"{name}.tar.gz", "w:gz") as archive:
            if root.exists():
                archive.add(root, arcname=".")
        files[name] = _hashes(root)
    manifest = {
        "created": datetime.datetime.now(tz=datetime.UTC).isoformat(),
        "database": connection.vendor,
        "files": files,
    }
    (destination / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return manifest


def restore(source):
    """Restore the backup in ``source`` into this (fresh) instance; return the manifest.
    Raises BackupError, touching nothing, if the database or a file folder holds data."""
    source = Path(source)
    manifest = json.loads((source / "manifest.json").read_text())
    if manifest["database"] != connection.vendor:
        raise BackupError(
            f"The backup is of a {manifest['database']} database; this instance "
            f"uses {connection.vendor}."
        )
    if connection.introspection.table_names():
        raise BackupError("The database is not empty: restore into a fresh instance.")
    for name, root in store_roots().items():
        if root.exists() and any(root.iterdir()):
            raise BackupError(
                f"The {name} folder {root} is not empty: restore into a fresh instance."
            )
    if connection.vendor == "postgresql":
        # PostgreSQL's own client, as for the dump.
        subprocess.run(  # noqa: S603
            [  # noqa: S607
                "pg_restore",
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--dbname",
                connection.settings_dict["NAME"],
                str(source / "database.pgdump"),
            ],
            env=_pg_environment(),
            check=True,
            capture_output=True,
        )
    else:
        name = connection.settings_dict["NAME"]
        connection.close()
        shutil.copyfile(source / "database.sqlite3", name)
    for name, root in store_roots().items():
        root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(source / f"{name}.tar.gz", "r:gz") as archive:
            archive.extractall(root, filter="data")
        if _hashes(root) != manifest["files"][name]:
            raise BackupError(f"The {name} files differ from the backup's manifest.")
    return manifest

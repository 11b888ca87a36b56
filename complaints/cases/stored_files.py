"""Files written inside a transaction are deleted when it does not commit.

Storage is not transactional: a file written for an attachment stays on disk when the
database then fails (the connection is cut, the commit fails) or the next file meets a full
disk, and a row is left without its file or a file without its row. So code that stores files
together with rows opens ``atomic()`` (a transaction that tracks the files written in it) and
writes each file with ``save()``; if anything in the block raises, commit included, every file
it wrote is deleted, a partly written one too (Django's file storage leaves that behind when a
write fails). A block nested in another hands its files to the outer one when it succeeds.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from django.core.files.storage import Storage
from django.db import transaction
from django.db.models.fields.files import FieldFile

logger = logging.getLogger(__name__)

_written: ContextVar[list[tuple[Storage, str]] | None] = ContextVar("written", default=None)


@contextlib.contextmanager
def undone_on_failure() -> Iterator[None]:
    """Delete every file ``save()`` writes in the block if the block raises."""
    outer = _written.get()
    mine: list[tuple[Storage, str]] = []
    token = _written.set(mine)
    try:
        yield
    except BaseException:
        _delete(mine)
        raise
    else:
        if outer is not None:
            outer.extend(mine)
    finally:
        _written.reset(token)


@contextlib.contextmanager
def atomic() -> Iterator[None]:
    """``transaction.atomic()`` whose files go when it fails (usable as a decorator too).
    The tracking wraps the transaction, so a failed commit deletes the files as well."""
    with undone_on_failure(), transaction.atomic():
        yield


def save(field_file: FieldFile, filename: str, content: Any) -> None:
    """Store ``content`` for ``field_file`` under the name its field's ``upload_to`` gives,
    as ``FieldFile.save(save=False)`` does, and track it. Only inside ``atomic()``."""
    written = _written.get()
    if written is None:
        raise RuntimeError("stored_files.save() outside stored_files.atomic()")
    field = field_file.field
    name = field.generate_filename(field_file.instance, filename)
    # Tracked before writing: a write that fails half-way leaves a file under this name.
    written.append((field_file.storage, name))
    stored = field_file.storage.save(name, content, max_length=field.max_length)
    if stored != name:
        written.append((field_file.storage, stored))
    field_file.name = stored
    setattr(field_file.instance, field.attname, stored)
    field_file._committed = True


def _delete(written: list[tuple[Storage, str]]) -> None:
    for storage, name in written:
        try:
            storage.delete(name)
        except OSError as error:
            # The name is a random one, no personal data; whatever still fails is reported.
            logger.error("Could not delete %s after a failed save (%s).", name, error.strerror)

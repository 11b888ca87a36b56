"""Trigram indexes for the staff's case search on PostgreSQL.

The admin's search is a case-insensitive substring match (Django's icontains, i.e.
UPPER(column) LIKE UPPER('%…%')) on the reference, subject, citizen's name and phone. Without
these indexes PostgreSQL reads every case for each search; with them it reads the few that
hold the typed text. The expressions match what icontains emits, so the planner uses them.
SQLite (development) has no such index type and keeps scanning; the migration does nothing
there. Built CONCURRENTLY, outside a transaction, so adding them to a full table does not
stop staff from writing cases.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

COLUMNS = ["reference", "subject", "citizen_name", "citizen_phone"]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(
            f"CREATE INDEX CONCURRENTLY IF NOT EXISTS complaints_case_{column}_trgm "
            f"ON complaints_case USING gin ((UPPER({column}::text)) gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS complaints_case_{column}_trgm")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("complaints", "0008_indicator_summary"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_indexes, drop_indexes),
    ]

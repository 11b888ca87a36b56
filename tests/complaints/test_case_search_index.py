"""The staff's case search reads trigram indexes on PostgreSQL, not every case.

The indexes (migration 0009) must match the SQL the admin's search really sends, or the
planner cannot use them and each search reads the whole table again; this runs the search
through the view and asks PostgreSQL how it would answer it.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import sign_in_staff

from .conftest import submit

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL's pg_trgm (SQLite has no trigram index)",
    ),
]


def test_search_by_reference_phone_name_or_subject_uses_the_trigram_indexes(
    client, intake, citizen
):
    case = submit(citizen).case
    sign_in_staff(client, intake.email)

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/cases/", {"q": case.reference[3:9]})
    search = next(
        q["sql"] for q in queries.captured_queries if "LIKE" in q["sql"] and "LIMIT" in q["sql"]
    )
    with connection.cursor() as cursor:
        # With a handful of rows, reading the table (or walking the date index) is cheaper;
        # forbid both to see whether an index can find the matches.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {search}")
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert case.reference in response.content.decode()
    for column in ["reference", "subject", "citizen_name", "citizen_phone"]:
        assert f"complaints_case_{column}_trgm" in plan

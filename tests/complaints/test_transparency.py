"""The public transparency page and its open data: right figures, nothing personal, small
counts without rates, bounded queries."""

import csv
import io
import json

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from complaints.indicators.store import refresh
from tests.complaints.indicator_cases import case, event
from tests.conftest import MAX_PUBLIC_QUERIES, count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def interior_cases(reference_data, settings):
    settings.INDICATORS_MINIMUM_CASES = 3
    for days in (2, 5, 30):
        answered = case("MOI-NCA", status="answered", answered_after=days, due_in=10, rating=4)
        event(answered, "referred", to_agency="MOI-NCA")
    case("MOH", status="answered", answered_after=1, rating=5)  # one case: no rates
    refresh()


def row_of(data, code):
    return next(row for row in data["bodies"] if row["code"] == code)


def test_open_data_json_has_the_figures_schema_and_licence(client, interior_cases):
    data = json.loads(client.get("/en/transparency/open-data.json").content)

    interior = row_of(data, "MOI")
    assert (interior["received"], interior["answered"], interior["answered_in_time"]) == (3, 3, 2)
    assert interior["answered_in_time_share"] == 66.7
    assert interior["satisfaction"] == 4.0
    assert data["licence"]["name"] == "CC BY 4.0"
    assert set(interior) == set(data["schema"])
    assert data["generated_at"]


def test_small_counts_are_published_without_rates(client, interior_cases):
    health = row_of(json.loads(client.get("/en/transparency/open-data.json").content), "MOH")

    assert health["received"] == 1
    assert health["suppressed"] is True
    assert health["answered_in_time_share"] is None
    assert health["satisfaction"] is None


def test_open_data_csv_parses_back(client, interior_cases):
    response = client.get("/ar/transparency/open-data.csv")

    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    interior = next(row for row in rows if row["code"] == "MOI")
    assert interior["name_ar"] == "وزارة الداخلية"
    assert (interior["received"], interior["answered_in_time_share"]) == ("3", "66.7")
    assert next(row for row in rows if row["code"] == "MOH")["satisfaction"] == ""


def test_page_shows_ministries_and_governorates_without_personal_data(client, interior_cases):
    response = client.get("/ar/transparency/")
    text = response.text

    assert "وزارة الداخلية" in text
    assert "66.7%" in text
    assert response.context["governorates"]
    assert "+9647700000000" not in text
    assert "citizen_name" not in text
    assert 'href="/ar/transparency/open-data.csv?period=365"' in text


def test_period_choice_is_kept_and_bad_values_fall_back(client, interior_cases):
    assert client.get("/en/transparency/?period=90").context["period"] == "90"
    assert client.get("/en/transparency/?period=forever").context["period"] == "365"


def uncached_queries(client, url):
    """Queries of a request that computes the figures afresh (the cache is emptied first)."""
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_page_queries_do_not_grow_with_cases(client, interior_cases):
    small = uncached_queries(client, "/ar/transparency/")
    for _number in range(20):
        case("MOI-PASS", status="in_progress")
    refresh(full=True)

    assert small <= MAX_PUBLIC_QUERIES
    assert uncached_queries(client, "/ar/transparency/") == small
    assert count_queries(client, "/ar/transparency/?period=90") <= MAX_PUBLIC_QUERIES


def test_refresh_command_recomputes_what_visitors_see(client, interior_cases):
    before = json.loads(client.get("/en/transparency/open-data.json").content)
    case("MOI-NCA", submitted=timezone.localdate(), status="submitted")
    cached = json.loads(client.get("/en/transparency/open-data.json").content)

    call_command("refresh_indicators", stdout=io.StringIO())
    after = json.loads(client.get("/en/transparency/open-data.json").content)

    assert row_of(cached, "MOI")["received"] == row_of(before, "MOI")["received"] == 3
    assert row_of(after, "MOI")["received"] == 4

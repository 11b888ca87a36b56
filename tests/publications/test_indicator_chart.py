"""A monitoring report can carry a live chart of the published indicators, with its table."""

import pytest
from bs4 import BeautifulSoup

from complaints.agencies.seed import load_reference_data
from complaints.indicators.store import refresh
from tests.complaints.indicator_cases import case
from tests.conftest import MAX_PUBLIC_QUERIES, count_queries
from tests.factories import MonitoringReportPageFactory, ReportIndexPageFactory

pytestmark = pytest.mark.django_db

CHART = {
    "type": "indicator_chart",
    "value": {
        "title": "المعاملات الواردة",
        "scope": "national",
        "metric": "received",
        "period": "365",
    },
}


@pytest.fixture
def report(homes, settings):
    settings.INDICATORS_MINIMUM_CASES = 0
    load_reference_data()
    for days in (3, 12):
        case("MOI-NCA", status="answered", answered_after=days)
    case("MOE", status="in_progress")
    refresh()
    listing = ReportIndexPageFactory(parent=homes["ar"], slug="reports")
    return MonitoringReportPageFactory(parent=listing, slug="live", body=[CHART])


def test_report_shows_the_live_figures_in_a_chart_and_a_table(client, report):
    page = BeautifulSoup(client.get(report.url).content, "html.parser")

    table = page.select_one(".indicator-chart table")
    rows = {
        row.th.get_text(strip=True): row.td.get_text(strip=True) for row in table.select("tbody tr")
    }
    assert rows["وزارة الداخلية"] == "2"
    assert rows["وزارة التربية"] == "1"
    assert page.select_one(".indicator-chart canvas[data-chart=bar]")
    assert page.select_one("script#" + page.select_one("canvas")["data-source"])


def test_report_with_a_chart_stays_within_the_query_budget(client, report):
    assert count_queries(client, report.url) <= MAX_PUBLIC_QUERIES

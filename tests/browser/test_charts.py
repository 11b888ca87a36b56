"""Charts are drawn in the browser from the page's own data, under the strict CSP, with the
same figures in a table beside them."""

import pytest

from complaints.indicators.store import refresh
from tests.browser.sessions import sign_in
from tests.complaints.indicator_cases import case

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_transparency_chart_is_drawn_right_to_left_without_csp_errors(page, site, settings):
    settings.INDICATORS_MINIMUM_CASES = 0
    for days in (3, 12, 30):
        case("MOI-NCA", status="answered", answered_after=days)
    refresh(full=True)  # the site fixture already counted its own cases
    messages = []
    page.on("console", lambda message: messages.append(message.text))

    page.goto(f"{site.url}/ar/transparency/?period=all")
    page.wait_for_function("() => window.Chart && Chart.getChart('national-chart')")

    chart = page.evaluate("""() => {
        const chart = Chart.getChart('national-chart');
        return {labels: chart.data.labels.length, reverse: chart.options.scales.x.reverse};
    }""")
    assert chart["labels"] > 0
    assert chart["reverse"] is True  # right to left: the first body on the right
    assert page.locator("table caption", has_text="الوزارات").count() == 1
    assert [m for m in messages if "Content Security Policy" in m] == []


def test_admin_indicators_draw_every_chart_beside_its_table(page, site):
    sign_in(page, site.url, "moderator@example.com", staff=True)
    messages = []
    page.on("console", lambda message: messages.append(message.text))

    page.goto(f"{site.url}/admin/cases/indicators/")
    page.wait_for_function("() => window.Chart && Chart.getChart('months-chart')")

    charts = page.evaluate("""() => [...document.querySelectorAll('canvas[data-chart]')].map(
        canvas => {
            const chart = Chart.getChart(canvas.id);
            const table = canvas.closest('.chart').nextElementSibling;
            return {drawn: !!chart && chart.data.labels.length > 0,
                    reverse: chart && chart.options.scales.x.reverse,
                    table: table && table.tagName === 'TABLE'};
        })""")
    assert len(charts) >= 5  # the month and week trends, and kind, category, channel, place
    assert all(chart["drawn"] and chart["table"] for chart in charts)
    assert all(chart["reverse"] for chart in charts)  # the admin speaks Arabic: right to left
    assert [m for m in messages if "Content Security Policy" in m] == []

"""Charts are drawn in the browser from the page's own data, under the strict CSP, with the
same figures in a table beside them."""

import pytest

from tests.complaints.test_indicators import case

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_transparency_chart_is_drawn_right_to_left_without_csp_errors(page, demo_site,
                                                                      settings):
    settings.INDICATORS_MINIMUM_CASES = 0
    for days in (3, 12, 30):
        case("MOI-NCA", status="answered", answered_after=days)
    messages = []
    page.on("console", lambda message: messages.append(message.text))

    page.goto(f"{demo_site.url}/ar/transparency/?period=all")
    page.wait_for_function("() => window.Chart && Chart.getChart('national-chart')")

    chart = page.evaluate("""() => {
        const chart = Chart.getChart('national-chart');
        return {labels: chart.data.labels.length, reverse: chart.options.scales.x.reverse};
    }""")
    assert chart["labels"] > 0
    assert chart["reverse"] is True  # right to left: the first body on the right
    assert page.locator("table caption", has_text="الوزارات").count() == 1
    assert [m for m in messages if "Content Security Policy" in m] == []

"""Every table, export and chart names its figures from the one catalogue of metrics."""

import csv
import io

import pytest

from citizens_site.core.content.blocks import IndicatorChartBlock
from complaints.indicators import admin_views, metrics

pytestmark = pytest.mark.django_db


def test_the_open_data_columns_are_the_catalogue_after_the_bodys_names(client, reference_data):
    response = client.get("/en/transparency/open-data.csv")

    header = next(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header == [
        "code",
        "kind",
        "name_ar",
        "name_ckb",
        "name_en",
        *[metric.key for metric in metrics.METRICS],
    ]


def test_the_admin_tables_take_their_headings_from_the_catalogue():
    from_catalogue = [(key, metrics.BY_KEY[key].heading) for key in metrics.AGENCY_TABLE]

    assert from_catalogue == admin_views.COLUMNS
    assert all(heading for _key, heading in admin_views.COLUMNS + admin_views.FIGURE_COLUMNS)


def test_editors_chart_exactly_the_catalogues_charted_figures():
    choices = dict(IndicatorChartBlock().child_blocks["metric"].field.choices)

    assert list(choices) == metrics.CHARTED
    assert choices["received"] == metrics.BY_KEY["received"].chart_label

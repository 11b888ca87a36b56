"""The admin's indicators view: each user sees their own subtree, the figures match, and the
exports parse back."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from openpyxl import load_workbook

from complaints.indicators import figures as indicators
from complaints.indicators import store as indicator_store
from complaints.models import Agency, Case
from tests.complaints.indicator_cases import case
from tests.conftest import count_queries, sign_in_staff

pytestmark = pytest.mark.django_db


def today(days=0):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def figures(reference_data):
    for code, cause, days_ago in [
        ("MOI-NCA", "delay", 10),
        ("MOI-NCA", "delay", 12),
        ("MOI-PASS", "staff_conduct", 15),
        ("MOE", "delay", 20),
        ("MOI-NCA", "delay", 120),
    ]:
        item = case(code, submitted=today(-days_ago), status="answered", answered_after=3)
        Case.objects.filter(pk=item.pk).update(cause_code=cause, resolution_code="granted")
    indicator_store.refresh()


def rows_of(response):
    return {row["agency"].code: row["figures"] for row in response.context["rows"]}


def test_intake_sees_every_top_level_body(client, intake, figures):
    sign_in_staff(client, intake.email)

    rows = rows_of(client.get("/admin/cases/indicators/"))

    assert rows["MOI"].received == 3
    assert rows["MOE"].received == 1


def test_officer_sees_only_their_subtree(client, interior_officer, figures):
    sign_in_staff(client, interior_officer.email)
    education = Agency.objects.get(code="MOE")

    response = client.get("/admin/cases/indicators/")
    refused = client.get("/admin/cases/indicators/", {"agency": education.pk})

    assert set(rows_of(response)) == {"MOI"}  # their ministry, with its directorates
    assert "agency" in refused.context["form"].errors
    assert all(row["label"] != "MOE" for row in response.context["breakdowns"][1][1])
    assert sum(row["received"] for row in response.context["breakdowns"][0][1]) == 3


def test_drilling_into_an_agency_shows_its_children(client, intake, figures):
    sign_in_staff(client, intake.email)
    interior = Agency.objects.get(code="MOI")

    rows = rows_of(client.get("/admin/cases/indicators/", {"agency": interior.pk}))

    assert (rows["MOI"].received, rows["MOI-NCA"].received, rows["MOI-PASS"].received) == (3, 2, 1)


def test_causes_are_compared_with_the_period_before(client, intake, figures):
    sign_in_staff(client, intake.email)

    causes = client.get(
        "/admin/cases/indicators/", {"since": today(-60).isoformat(), "until": today().isoformat()}
    ).context["causes"]

    assert [(row["code"], row["count"], row["before"]) for row in causes] == [
        ("delay", 3, 1),
        ("staff_conduct", 1, 0),
    ]


def test_exports_parse_back(client, intake, figures):
    sign_in_staff(client, intake.email)

    csv_rows = list(
        csv.reader(
            io.StringIO(
                client.get("/admin/cases/indicators/", {"export": "csv"}).content.decode(
                    "utf-8-sig"
                )
            )
        )
    )
    workbook = load_workbook(
        io.BytesIO(client.get("/admin/cases/indicators/", {"export": "xlsx"}).content)
    )
    sheet_rows = [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]

    interior = Agency.objects.get(code="MOI").name
    assert next(row for row in csv_rows if row[0] == interior)[1] == "3"
    assert next(row for row in sheet_rows if row[0] == interior)[1] == 3
    assert len(csv_rows) == len(sheet_rows)


def test_every_table_shown_is_exported(client, intake, figures):
    sign_in_staff(client, intake.email)
    page = client.get("/admin/cases/indicators/")

    workbook = load_workbook(
        io.BytesIO(client.get("/admin/cases/indicators/", {"export": "xlsx"}).content)
    )
    causes = list(
        csv.reader(
            io.StringIO(
                client.get(
                    "/admin/cases/indicators/", {"export": "csv", "table": "causes"}
                ).content.decode("utf-8-sig")
            )
        )
    )

    assert len(workbook.worksheets) == page.content.decode().count("export=csv&amp;table=")
    kinds = [list(row) for row in workbook.worksheets[1].iter_rows(values_only=True)]
    assert kinds[1][1] == 4  # complaints received in the last 90 days
    # delay: three cases, and one in the 90 days before (120 days ago)
    assert [row[1:] for row in causes[1:]] == [["3", "1"], ["1", "0"]]


def test_citizens_and_pr_staff_cannot_open_it(client, portal, figures):
    sign_in_staff(client, "editor@example.com")

    response = client.get("/admin/cases/indicators/")

    assert response.status_code in (302, 403)


def test_breakdown_counts_by_hand(figures):
    rows = {row["value"]: row for row in indicators.breakdown(None, None, None, "kind")}

    assert rows["complaint"]["received"] == 5
    assert rows["complaint"]["answered_in_time"] == 5


def test_queries_do_not_grow_with_cases(client, intake, figures):
    sign_in_staff(client, intake.email)
    few = count_queries(client, "/admin/cases/indicators/")
    for days_ago in range(1, 40):
        for code in ("MOI-NCA", "MOE", "MOH"):
            case(code, submitted=today(-days_ago), status="answered", answered_after=2)
    indicator_store.refresh(full=True)

    assert count_queries(client, "/admin/cases/indicators/") == few


def test_resolutions_are_broken_down_by_category(client, intake, figures):
    sign_in_staff(client, intake.email)

    rows = client.get("/admin/cases/indicators/").context["resolutions_by_category"]

    assert [(row["value"], row["count"]) for row in rows] == [("granted", 4)]
    assert rows[0]["category"] == Case.objects.first().category.name


@pytest.mark.parametrize(
    "period",
    [
        {"since": "0001-01-01"},
        {"until": "9999-12-31"},
        {"since": "0001-01-01", "until": "9999-12-31"},
    ],
)
@pytest.mark.parametrize("export", [None, "csv", "xlsx"])
def test_dates_out_of_range_are_refused_with_a_message(client, intake, figures, period, export):
    sign_in_staff(client, intake.email)
    query = {**period, **({"export": export} if export else {})}

    response = client.get("/admin/cases/indicators/", query)

    assert response.status_code == 200
    if export is None:
        errors = response.context["form"].errors
        assert set(errors) == set(period)
        assert all(
            "2000" in message and "2099" in message for field in period for message in errors[field]
        )
        assert (
            "2099" in BeautifulSoup(response.content, "html.parser").select_one("form").get_text()
        )
        # The default period is shown instead, with its figures.
        assert response.context["until"] == timezone.localdate()
        assert rows_of(response)["MOI"].received == 3

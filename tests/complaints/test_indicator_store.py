"""The indicators' summary: what a refresh picks up, and that whole months and the days at
either end of a period add up to the cases submitted in it."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.translation import gettext

from complaints.cases import workflow
from complaints.indicators import figures as indicators
from complaints.indicators.figures import agency_figures
from complaints.indicators.store import refresh
from complaints.models import Agency, Case, IndicatorCount, IndicatorDuration
from tests.complaints.conftest import submit
from tests.complaints.indicator_cases import TODAY, at, case
from tests.conftest import sign_in_staff

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _on_today():
    """Cases here are dated in the autumn of 2026 and a refresh judges "overdue" by the clock:
    the clock starts on TODAY (and ticks, so that events keep their order)."""
    with time_machine.travel(at(TODAY, 12), tick=True):
        yield


def received(code, since=None, until=None):
    figures = agency_figures(since=since, until=until, minimum=0)
    return figures[Agency.objects.get(code=code).pk]


def summary():
    """Every row of the summary, comparable between two refreshes."""
    counts = sorted(
        IndicatorCount.objects.values_list(
            "grain",
            "start",
            "agency_id",
            "dimension",
            "value",
            "category_id",
            "received",
            "registered",
            "open",
            "overdue",
            "answered",
            "answered_in_time",
            "rated",
            "rating_total",
            "referred_in",
            "returned",
            "reopened",
            "contested",
        ),
        key=str,
    )
    durations = sorted(
        IndicatorDuration.objects.values_list(
            "grain", "start", "agency_id", "stage", "hours", "cases"
        ),
        key=str,
    )
    return counts, durations


def test_a_period_across_months_counts_every_day_in_it_once(reference_data):
    # 15 September to 20 November: half of September by its days, October by its month row,
    # November's first twenty days by their days; the days just outside are left out.
    inside = [
        datetime.date(2026, 9, 15),
        datetime.date(2026, 9, 30),
        datetime.date(2026, 10, 1),
        datetime.date(2026, 10, 31),
        datetime.date(2026, 11, 1),
        datetime.date(2026, 11, 20),
    ]
    outside = [datetime.date(2026, 9, 14), datetime.date(2026, 11, 21)]
    for day in inside + outside:
        case("MOI-NCA", submitted=day)
    refresh()

    date = datetime.date
    assert received("MOI-NCA", date(2026, 9, 15), date(2026, 11, 20)).received == 6
    assert received("MOI-NCA", date(2026, 10, 1), date(2026, 10, 31)).received == 2
    assert received("MOI-NCA", date(2026, 10, 2), date(2026, 10, 30)).received == 0
    assert received("MOI-NCA").received == 8


def test_a_case_counts_on_its_day_in_baghdad(reference_data):
    # 22:30 UTC on 31 October is 01:30 on 1 November in Baghdad.
    item = case("MOI-NCA")
    Case.objects.filter(pk=item.pk).update(
        submitted_at=datetime.datetime(2026, 10, 31, 22, 30, tzinfo=datetime.UTC)
    )
    refresh()

    november = received("MOI-NCA", datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    assert november.received == 1


def test_refresh_picks_up_what_staff_did_to_an_older_case(citizen, intake, interior_officer):
    item = submit(citizen).case
    Case.objects.filter(pk=item.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=40)
    )
    refresh()
    workflow.register_case(
        case=item,
        actor=intake,
        kind="request",
        category=item.category,
        agency=Agency.objects.get(code="GSCM"),
        priority="normal",
    )
    workflow.refer_case(
        case=item, actor=intake, agency=Agency.objects.get(code="MOI-NCA"), reason=""
    )
    workflow.reply_to_citizen(case=item, actor=interior_officer, message="نعمل عليه")
    workflow.resolve_case(
        case=item,
        actor=interior_officer,
        resolution="granted",
        cause="delay",
        message="صدرت البطاقة",
    )

    stale = received("MOI-NCA")
    refresh()
    fresh = received("MOI-NCA")

    assert (stale.received, stale.registered, stale.answered, stale.open) == (1, 0, 0, 1)
    assert (fresh.received, fresh.registered, fresh.answered, fresh.open) == (1, 1, 1, 0)
    assert fresh.referred_in == 1


def test_open_cases_become_overdue_at_midnight_without_any_event(reference_data):
    day = datetime.date(2026, 11, 20)
    # Due on the 20th: overdue from the 21st.
    case("MOI-NCA", submitted=day - datetime.timedelta(days=10), due_in=10, status="in_progress")
    refresh(now=at(day, hour=23))
    on_the_due_date = received("MOI-NCA").overdue

    refresh(now=at(day + datetime.timedelta(days=1), hour=0) + datetime.timedelta(minutes=10))

    assert (on_the_due_date, received("MOI-NCA").overdue) == (0, 1)


def test_refreshing_what_changed_gives_the_same_summary_as_recounting_everything(
    citizen, intake, interior_officer
):
    for days_ago in (3, 35, 70):
        item = case(
            "MOI-NCA",
            submitted=timezone.localdate() - datetime.timedelta(days=days_ago),
            status="answered",
            answered_after=2,
            rating=3,
        )
        Case.objects.filter(pk=item.pk).update(cause_code="delay", resolution_code="granted")
    refresh()
    replied = submit(citizen).case
    workflow.register_case(
        case=replied,
        actor=intake,
        kind="request",
        category=replied.category,
        agency=Agency.objects.get(code="GSCM"),
        priority="normal",
    )
    workflow.refer_case(
        case=replied, actor=intake, agency=Agency.objects.get(code="MOI-NCA"), reason=""
    )
    workflow.reply_to_citizen(case=replied, actor=interior_officer, message="نعمل عليه")

    refresh()
    incremental = summary()
    refresh(full=True)

    assert incremental == summary()
    assert IndicatorCount.objects.filter(grain="month").exists()


def test_command_refreshes_the_summary_and_the_public_figures(reference_data):
    case("MOI-NCA", submitted=timezone.localdate())
    output = io.StringIO()

    call_command("refresh_indicators", stdout=output)

    assert received("MOI-NCA").received == 1
    assert "transparency" in output.getvalue()


def test_admin_says_when_the_figures_were_computed(client, intake):
    sign_in_staff(client, intake.email)
    before = client.get("/admin/cases/indicators/").content.decode()
    refresh()
    after = client.get("/admin/cases/indicators/").content.decode()

    with translation.override("ar"):  # the admin's language for this moderator
        not_yet = gettext(
            "The figures have not been computed yet: they are computed every ten minutes."
        )
        every_ten_minutes = gettext("They are brought up to date every ten minutes.")
    assert not_yet in before
    assert every_ten_minutes not in before
    assert every_ten_minutes in after
    assert not_yet not in after


@pytest.mark.parametrize(
    ("since", "until"),
    [
        ("2026-01-01", "2026-12-31"),
        ("2026-02-28", "2026-03-01"),
        ("2026-03-01", "2026-03-31"),
        ("2026-03-02", "2026-04-30"),
        ("2026-02-15", "2026-05-14"),
        ("2026-04-30", "2026-04-30"),
    ],
)
def test_month_and_day_rows_add_up_to_the_days_of_any_period(reference_data, since, until):
    first = datetime.date(2026, 1, 20)
    for offset in range(0, 120, 3):  # a case every third day from 20 January to mid-May
        case("MOI-NCA", submitted=first + datetime.timedelta(days=offset))
    refresh()
    since, until = datetime.date.fromisoformat(since), datetime.date.fromisoformat(until)
    by_hand = Case.objects.filter(
        submitted_at__gte=at(since, hour=0),
        submitted_at__lt=at(until + datetime.timedelta(days=1), hour=0),
    )

    assert received("MOI-NCA", since, until).received == by_hand.count()


def test_trends_put_each_case_in_its_own_month_and_week(reference_data):
    # Monday 28 September to Sunday 4 October straddles two months.
    for day in (datetime.date(2026, 9, 29), datetime.date(2026, 10, 2), datetime.date(2026, 10, 6)):
        case("MOI-NCA", submitted=day)
    refresh()
    period = (datetime.date(2026, 9, 1), datetime.date(2026, 10, 31))

    months = indicators.over_time(None, *period, "month")
    weeks = indicators.over_time(None, *period, "week")

    assert [(row["period"], row["received"]) for row in months] == [
        (datetime.date(2026, 9, 1), 1),
        (datetime.date(2026, 10, 1), 2),
    ]
    assert [(row["period"], row["received"]) for row in weeks] == [
        (datetime.date(2026, 9, 28), 2),
        (datetime.date(2026, 10, 5), 1),
    ]


def test_the_figures_carry_every_count_the_summary_stores():
    from dataclasses import fields

    from complaints.indicators.figures import Figures
    from complaints.indicators.models import IndicatorCount
    from complaints.indicators.store import COUNT_FIELDS

    assert [f.name for f in fields(Figures) if f.name != "minimum"] == COUNT_FIELDS
    stored = {f.name for f in IndicatorCount._meta.get_fields()}
    assert set(COUNT_FIELDS) <= stored

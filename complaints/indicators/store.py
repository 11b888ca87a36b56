"""Keeps the indicators' summary (complaints.models.indicators) up to date.

``refresh()`` runs from cron every ten minutes (``manage.py refresh_indicators``): it recounts
the days of submission of every case whose timeline moved since the last run (and of open cases
that fell due at midnight), then the weeks and months holding those days. ``refresh(full=True)``
recounts everything (nightly, and after a restore). Every count is a grouped query whose rows
the database writes itself (INSERT ... SELECT); no case passes through Python.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from functools import reduce
from operator import or_
from typing import TYPE_CHECKING, Any, TypeVar

from django.db import connection, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Case as Choose
from django.db.models import Count, F, Func, IntegerField, Model, Q, QuerySet, Sum, When
from django.db.models.functions import Coalesce, TruncDate, TruncMonth, TruncWeek
from django.db.models.functions.datetime import TruncBase
from django.utils import timezone

from complaints.cases.models import Case, CaseEvent
from complaints.cases.models.cases import OPEN_STATUSES
from complaints.indicators.models import Grain, IndicatorCount, IndicatorDuration, IndicatorRefresh

if TYPE_CHECKING:
    from django.db.models.sql.compiler import SQLCompiler, _AsSqlType

# Events written just before a run may commit just after it: look back a little further.
OVERLAP = datetime.timedelta(minutes=5)

# Dimension name: the case's column.
DIMENSIONS = {
    "kind": "kind",
    "category": "category_id",
    "channel": "channel",
    "place": "place",
    "cause": "cause_code",
    "resolution": "resolution_code",
}
SPLIT_BY_CATEGORY = {"cause", "resolution"}  # the tables of causes and resolutions by category

EVENT_COUNTS = {
    CaseEvent.Kind.REFERRED: "referred_in",
    CaseEvent.Kind.RETURNED: "returned",
    CaseEvent.Kind.REOPENED: "reopened",
    CaseEvent.Kind.GRIEVANCE: "contested",
}

STAGES = {
    # name: (from, to): from submission to registration, to the first reply, to the answer
    "to_registration": ("submitted_at", "registered_at"),
    "to_first_reply": ("submitted_at", "first_reply_at"),
    "to_answer": ("submitted_at", "answered_at"),
}
HOURLY_UNDER = 48  # durations are kept to the hour under two days, then to the day

# The summary's tables.
_Table = TypeVar("_Table", IndicatorCount, IndicatorDuration)

# A column of the rows INSERT ... SELECT writes: the SELECT's column (_column, _text) or a
# constant.
Source = tuple[str, str] | str | int | None

COUNT_FIELDS = [
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
]


def case_figures(today: datetime.date) -> dict[str, Func]:
    """What each row counts of its cases, on ``today``."""
    answered = Q(answered_at__isnull=False)
    is_open = Q(status__in=OPEN_STATUSES)
    return {
        "received": Count("pk"),
        "registered": Count("pk", filter=Q(registered_at__isnull=False)),
        "open": Count("pk", filter=is_open),
        "overdue": Count("pk", filter=is_open & Q(due_date__lt=today)),
        "answered": Count("pk", filter=answered),
        "answered_in_time": Count("pk", filter=answered & Q(answered_at__date__lte=F("due_date"))),
        "rated": Count("pk", filter=Q(satisfaction_rating__isnull=False)),
        "rating_total": Coalesce(Sum("satisfaction_rating"), 0),
    }


class HoursBetween(Func):
    """Whole hours from the first datetime to the second, counted by the database."""

    arity = 2
    output_field = IntegerField()

    def as_postgresql(
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, **extra: Any
    ) -> _AsSqlType:
        start, end = self.source_expressions
        return Func(end, start, arg_joiner=" - ").as_sql(
            compiler,
            connection,
            template="FLOOR(EXTRACT(EPOCH FROM (%(expressions)s)) / 3600)::integer",
            **extra,
        )

    def as_sqlite(
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, **extra: Any
    ) -> _AsSqlType:
        # SQLite keeps datetimes as UTC text; rounding to the second removes the floating
        # point error of julianday, so 48 hours stay 48.
        start, end = self.source_expressions
        return Func(end, start, arg_joiner=") - julianday(").as_sql(
            compiler,
            connection,
            template="(CAST(ROUND((julianday(%(expressions)s)) * 86400) AS INTEGER) / 3600)",
            **extra,
        )


# --- Refreshing ---------------------------------------------------------------------------------


def refresh(*, full: bool = False, now: datetime.datetime | None = None) -> int:
    """Bring the summary up to date; returns the number of days recounted."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    with transaction.atomic():
        # One row (pk 1), locked: two runs at once would count the same days twice.
        state = IndicatorRefresh.objects.select_for_update().filter(pk=1).first()
        if full or state is None:
            days = None
        else:
            days = (
                _changed_days(state.computed_at - OVERLAP)
                | {today}
                | _overdue_since(timezone.localdate(state.computed_at), today)
            )
        recounted = _recount(days, today)
        if days is None and connection.vendor == "postgresql":
            with connection.cursor() as cursor:  # fresh statistics for the new rows' plans
                cursor.execute("ANALYZE complaints_indicatorcount, complaints_indicatorduration")
        if state is None:
            IndicatorRefresh.objects.create(pk=1, computed_at=now)
        else:
            state.computed_at = now
            state.save(update_fields=["computed_at"])
    return recounted


def computed_at() -> datetime.datetime | None:
    state = IndicatorRefresh.objects.filter(pk=1).first()
    return state.computed_at if state else None


def _changed_days(since: datetime.datetime) -> set[datetime.date]:
    """Days of submission of the cases whose timeline has an event written since ``since``
    (every change to a case writes one)."""
    return set(
        Case.objects.filter(events__created_at__gte=since)
        .order_by()
        .annotate(day=TruncDate("submitted_at"))
        .values_list("day", flat=True)
        .distinct()
    )


def _overdue_since(last_day: datetime.date, today: datetime.date) -> set[datetime.date]:
    """Days of submission of the open cases that fell due since the last run: midnight made
    them overdue without any event."""
    if last_day >= today:
        return set()
    return set(
        Case.objects.filter(status__in=OPEN_STATUSES, due_date__gte=last_day, due_date__lt=today)
        .order_by()
        .annotate(day=TruncDate("submitted_at"))
        .values_list("day", flat=True)
        .distinct()
    )


def _submitted_on(days: Iterable[datetime.date], prefix: str = "") -> Q:
    """Q for cases submitted (Baghdad time) on one of ``days``: one range per run of
    consecutive days, so the index on submitted_at serves it."""
    field = f"{prefix}submitted_at"
    condition = Q()
    ordered = sorted(days)
    for _key, run in itertools.groupby(
        enumerate(ordered), lambda item: item[1].toordinal() - item[0]
    ):
        run_days = [day for _index, day in run]
        condition |= Q(
            **{
                f"{field}__gte": _midnight(run_days[0]),
                f"{field}__lt": _midnight(run_days[-1] + datetime.timedelta(days=1)),
            }
        )
    return condition


def _midnight(day: datetime.date) -> datetime.datetime:
    """The start of ``day`` in Baghdad."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def _recount(days: set[datetime.date] | None, today: datetime.date) -> int:
    """Replace the day rows of ``days`` (None: every day) and the week and month rows that
    hold them."""
    if days is not None and not days:
        return 0
    cases = Case.objects.order_by()
    events = CaseEvent.objects.order_by()
    day_rows = Q(grain=Grain.DAY)
    if days is not None:
        cases = cases.filter(_submitted_on(days))
        events = events.filter(_submitted_on(days, prefix="case__"))
        day_rows &= Q(start__in=days)
    IndicatorCount.objects.filter(day_rows).delete()
    IndicatorDuration.objects.filter(day_rows).delete()
    _count_days(cases, events, today)
    _count_durations(cases)
    for grain, (first_day, _trunc) in PERIODS.items():
        starts = None if days is None else {first_day(day) for day in days}
        _roll_up(grain, starts)
    return (
        len(days)
        if days is not None
        else IndicatorCount.objects.filter(grain=Grain.MONTH).values("start").distinct().count()
    )


def _week_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())  # weeks start on Monday, as TruncWeek


def _month_of(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


# The periods day rows add up into, largest first (cover() relies on the order): the first
# day of the period holding a day, and the database function truncating a date to it.
PERIODS: dict[str, tuple[Callable[[datetime.date], datetime.date], type[TruncBase]]] = {
    Grain.MONTH: (_month_of, TruncMonth),
    Grain.WEEK: (_week_of, TruncWeek),
}


# Rows are written by INSERT ... SELECT: the database groups and stores them without a row
# passing through Python, which matters at a few million rows a night.


def _column(alias: str) -> tuple[str, str]:
    """An INSERT source: the SELECT's column ``alias``."""
    return ("column", alias)


def _text(alias: str) -> tuple[str, str]:
    """An INSERT source: the SELECT's column ``alias``, as text."""
    return ("text", alias)


def _insert(
    model: type[Model],
    rows: QuerySet[Any, Any],
    sources: Mapping[str, Source],
    order: Sequence[str] = ("day",),
) -> None:
    """Insert into ``model``'s table the rows of the values() query ``rows``; ``sources`` maps
    every column to _column(alias), _text(alias) or a constant. Rows go in ``order`` (aliases),
    so the rows a dashboard reads together (one dimension, one period) share disk pages."""
    sql, params = rows.query.sql_with_params()
    quote = connection.ops.quote_name
    select, constants = [], []
    for source in sources.values():
        if isinstance(source, tuple):
            kind, alias = source
            column = f"grouped.{quote(alias)}"
            select.append(f"CAST({column} AS VARCHAR(40))" if kind == "text" else column)
        else:
            select.append("%s")
            constants.append(source)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(model._meta.db_table)} "  # noqa: S608 (names, not input)
            f"({', '.join(quote(column) for column in sources)}) "
            f"SELECT {', '.join(select)} FROM ({sql}) grouped "
            f"ORDER BY {', '.join(f'grouped.{quote(alias)}' for alias in order)}",
            [*constants, *params],
        )


def _count_sources(
    grain: str, dimension: Source, value: Source, category: Source, counted: Container[str]
) -> dict[str, Source]:
    """Every column of IndicatorCount: the counts in ``counted`` from the query, others 0."""
    return {
        "grain": str(grain),
        "start": _column("day"),
        "agency_id": _column("agency_id"),
        "dimension": dimension,
        "value": value,
        "category_id": category,
        **{name: _column(name) if name in counted else 0 for name in COUNT_FIELDS},
    }


def _count_days(cases: QuerySet[Case], events: QuerySet[CaseEvent], today: datetime.date) -> None:
    dated = cases.annotate(day=TruncDate("submitted_at"))
    figures = case_figures(today)
    _insert(
        IndicatorCount,
        dated.values("day", "agency_id").annotate(**figures),
        _count_sources(Grain.DAY, "", "", None, figures),
    )
    # Timeline counts go on rows of their own (summed with the others when read): an event
    # counts for the agency responsible for it, which need not hold the case.
    responsible = Choose(
        When(kind=CaseEvent.Kind.REFERRED, then=F("to_agency_id")),
        default=Coalesce(F("from_agency_id"), F("case__agency_id")),
    )
    timeline = {
        name: Count("case_id", distinct=True, filter=Q(kind=kind))
        for kind, name in EVENT_COUNTS.items()
    }
    _insert(
        IndicatorCount,
        (
            events.filter(kind__in=EVENT_COUNTS)
            .annotate(day=TruncDate("case__submitted_at"), agency_id=responsible)
            .filter(agency_id__isnull=False)
            .values("day", "agency_id")
            .annotate(**timeline)
        ),
        _count_sources(Grain.DAY, "", "", None, timeline),
    )
    for dimension, column in DIMENSIONS.items():
        keys = ["day", "agency_id", column]
        category = None
        if dimension in SPLIT_BY_CATEGORY:
            keys.append("category_id")
            category = _column("category_id")
        rows = dated.exclude(**{column: ""}) if column.endswith("_code") else dated
        _insert(
            IndicatorCount,
            rows.values(*keys).annotate(**figures),
            _count_sources(Grain.DAY, dimension, _text(column), category, figures),
        )


def _count_durations(cases: QuerySet[Case]) -> None:
    dated = cases.annotate(day=TruncDate("submitted_at"))
    for stage, (start, end) in STAGES.items():
        hours = HoursBetween(start, end)
        rows = (
            dated.filter(**{f"{end}__isnull": False, f"{end}__gte": F(start)})
            .annotate(hours=hours)
            .annotate(
                bucket=Choose(
                    When(hours__lt=HOURLY_UNDER, then=F("hours")),
                    default=F("hours") / 24 * 24,
                    output_field=IntegerField(),
                )
            )
            .values("day", "agency_id", "bucket")
            .annotate(cases=Count("pk"))
        )
        _insert(
            IndicatorDuration,
            rows,
            {
                "grain": str(Grain.DAY),
                "start": _column("day"),
                "agency_id": _column("agency_id"),
                "stage": stage,
                "hours": _column("bucket"),
                "cases": _column("cases"),
            },
        )


def _roll_up(grain: str, starts: set[datetime.date] | None) -> None:
    """Week or month rows (those starting on ``starts``, None for all): the sums of their
    day rows."""
    _first_day, trunc = PERIODS[grain]
    rows = Q(grain=grain)
    days = Q(grain=Grain.DAY)
    if starts is not None:
        if not starts:
            return
        rows &= Q(start__in=starts)
        days &= reduce(
            or_, (Q(start__gte=start, start__lt=_next(grain, start)) for start in starts)
        )
    for model in (IndicatorCount, IndicatorDuration):
        model.objects.filter(rows).delete()
    sums = {name: Sum(name) for name in COUNT_FIELDS}
    _insert(
        IndicatorCount,
        (
            IndicatorCount.objects.filter(days)
            .order_by()
            .annotate(day=trunc("start"))
            .values("day", "agency_id", "dimension", "value", "category_id")
            .annotate(**sums)
        ),
        _count_sources(grain, _column("dimension"), _column("value"), _column("category_id"), sums),
        order=("dimension", "day"),
    )
    _insert(
        IndicatorDuration,
        (
            IndicatorDuration.objects.filter(days)
            .order_by()
            .annotate(day=trunc("start"))
            .values("day", "agency_id", "stage", "hours")
            .annotate(total=Sum("cases"))
        ),
        {
            "grain": str(grain),
            "start": _column("day"),
            "agency_id": _column("agency_id"),
            "stage": _column("stage"),
            "hours": _column("hours"),
            "cases": _column("total"),
        },
    )


def _next(grain: str, start: datetime.date) -> datetime.date:
    """The first day after the week or month starting on ``start``."""
    if grain == Grain.WEEK:
        return start + datetime.timedelta(days=7)
    return (start + datetime.timedelta(days=32)).replace(day=1)


# --- Reading ------------------------------------------------------------------------------------

# Periods with no bound start or end here (the portal holds nothing outside them).
EARLIEST = datetime.date(2000, 1, 3)  # a Monday
LATEST = datetime.date(2199, 12, 31)


def rows_covering(
    model: type[_Table],
    since: datetime.date | None,
    until: datetime.date | None,
    grains: Container[str] = (Grain.MONTH, Grain.WEEK),
) -> QuerySet[_Table]:
    """The rows of ``model`` that together count the cases submitted from ``since`` to
    ``until`` (both included; None for no bound): the whole months inside by their month
    rows, then the whole weeks left by their week rows, then the days left at either end.
    A trend by month (or week) asks for month (or week) rows only, as a week may straddle
    two months."""
    parts = [
        Q(grain=grain, start__gte=first, start__lte=last)
        for grain, first, last in cover(since or EARLIEST, until or LATEST, grains)
    ]
    return model.objects.filter(reduce(or_, parts)) if parts else model.objects.none()


def cover(
    since: datetime.date,
    until: datetime.date,
    grains: Container[str] = (Grain.MONTH, Grain.WEEK),
) -> list[tuple[str, datetime.date, datetime.date]]:
    """[(grain, first start, last start)]: rows of these grains starting on these days count
    every day from ``since`` to ``until`` exactly once."""
    if since > until:
        return []
    ranges = []
    segments = [(since, until)]
    for grain, (first_day, _trunc) in PERIODS.items():
        if grain not in grains:
            continue
        left = []
        for start, end in segments:
            first = start if first_day(start) == start else _next(grain, first_day(start))
            after = _next(grain, first_day(end))
            if after - datetime.timedelta(days=1) != end:
                after = first_day(end)  # the last period is not whole: leave it to days
            if first < after:
                last = first_day(after - datetime.timedelta(days=1))
                ranges.append((grain, first, last))
                left += [(start, first - datetime.timedelta(days=1)), (after, end)]
            else:
                left.append((start, end))
        segments = [(start, end) for start, end in left if start <= end]
    ranges += [(Grain.DAY, start, end) for start, end in segments]
    return ranges

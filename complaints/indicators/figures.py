"""Performance indicators of every agency, rolled up to its parents.

Fair and explainable (the methodology on the transparency page says the same in words):
- Figures count what staff recorded: the agency a case is with, the category staff confirmed,
  the timeline's events. Nothing depends on what the citizen first chose.
- A case counts in the period when it was submitted.
- "Open" and "overdue" say how the period's cases stand now (at the summary's last refresh),
  not how they stood when the period ended: a case of last spring that is still unanswered and
  past its due date is overdue in last spring's figures today. A backlog stays visible in the
  period that made it, and a period's figures change as its cases are answered.
- Answers "within the service level" are answers given on or before the due date.
- Reopened and contested answers count against the agency that answered; cases returned as
  "not ours" against the agency that returned them, out of the cases referred to it.
- An agency with fewer cases than ``INDICATORS_MINIMUM_CASES`` shows counts but no rate, so a
  handful of cases cannot make a small office look very good or very bad.

The figures are added up from the summary that complaints.indicators.store keeps (cases counted
per day and month of submission and per agency), so a dashboard reads a few thousand rows
whatever the number of cases. The summary is as fresh as its last refresh (ten minutes).
Python only adds each agency's figures to its parents and reads medians from histograms.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import reduce
from operator import or_
from typing import Any, TypeVar, cast

from django.conf import settings
from django.db.models import Model, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth, TruncWeek

from complaints.agencies.models import Agency
from complaints.indicators.models import Grain, IndicatorCount, IndicatorDuration
from complaints.indicators.store import COUNT_FIELDS, STAGES, rows_covering

_Model = TypeVar("_Model", bound=Model)
_Values = TypeVar("_Values")

# A row of a values() query. The type checker builds one from the fields the query names,
# without the sums that annotate(**...) adds, so the rows are declared as plain dicts.
Row = dict[str, Any]

# What a breakdown (by kind, category, week...) shows of its cases.
FIGURES = [
    "received",
    "registered",
    "open",
    "overdue",
    "answered",
    "answered_in_time",
    "rated",
    "rating_total",
]


@dataclass
class Figures:
    """The counts of store.COUNT_FIELDS (the summary table's columns, one field each) and the
    rates drawn from them."""

    received: int = 0
    registered: int = 0
    open: int = 0
    overdue: int = 0
    answered: int = 0
    answered_in_time: int = 0
    rated: int = 0
    rating_total: int = 0
    referred_in: int = 0
    returned: int = 0
    reopened: int = 0
    contested: int = 0
    minimum: int = field(default=0, compare=False)

    def add(self, other: Figures) -> None:
        for name in COUNT_FIELDS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def suppressed(self) -> bool:
        """Too few cases for a fair rate: counts only."""
        return self.received < self.minimum

    def _share(self, part: int, whole: int) -> float | None:
        if self.suppressed or not whole:
            return None
        return round(100 * part / whole, 1)

    @property
    def answered_in_time_share(self) -> float | None:
        return self._share(self.answered_in_time, self.answered)

    @property
    def reopen_rate(self) -> float | None:
        return self._share(self.reopened, self.answered)

    @property
    def grievance_rate(self) -> float | None:
        return self._share(self.contested, self.answered)

    @property
    def misrouting_rate(self) -> float | None:
        return self._share(self.returned, self.referred_in)

    @property
    def satisfaction(self) -> float | None:
        if self.suppressed or not self.rated:
            return None
        return round(self.rating_total / self.rated, 2)

    def as_dict(self) -> dict[str, int | float | bool | None]:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name in COUNT_FIELDS}
        data.update(
            answered_in_time_share=self.answered_in_time_share,
            reopen_rate=self.reopen_rate,
            grievance_rate=self.grievance_rate,
            misrouting_rate=self.misrouting_rate,
            satisfaction=self.satisfaction,
            suppressed=self.suppressed,
        )
        del data["rating_total"]
        return data


def _scoped(
    rows: QuerySet[_Model, _Values], paths: Sequence[str] | None
) -> QuerySet[_Model, _Values]:
    """Rows of the agencies under any of ``paths`` (None: every agency)."""
    if paths is None:
        return rows
    if not paths:
        return rows.none()
    return rows.filter(reduce(or_, (Q(agency__path__startswith=path) for path in paths)))


def _sums(names: Iterable[str] = FIGURES) -> dict[str, Sum]:
    return {name: Sum(name) for name in names}


def agency_figures(
    *,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    minimum: int | None = None,
    agencies: Iterable[Agency] | None = None,
) -> dict[int, Figures]:
    """{agency id: Figures} for every agency, each including its sub-formations.
    ``agencies``: every Agency, when the caller has them already."""
    minimum = settings.INDICATORS_MINIMUM_CASES if minimum is None else minimum
    rows = cast(
        Iterable[Row],
        (
            rows_covering(IndicatorCount, since, until)
            .filter(dimension="")
            .order_by()
            .values("agency_id")
            .annotate(**_sums(COUNT_FIELDS))
        ),
    )
    direct = {row.pop("agency_id"): row for row in rows}
    if agencies is None:
        agencies = Agency.objects.only("pk", "path")
    tree = [(agency.pk, agency.path) for agency in agencies]
    by_path = {path: pk for pk, path in tree}
    totals = {pk: Figures(minimum=minimum) for pk, _path in tree}
    for pk, path in tree:
        own = direct.get(pk)
        if not own:
            continue
        figures = Figures(**own)
        for depth in range(len(path) // Agency.steplen, 0, -1):
            totals[by_path[path[: depth * Agency.steplen]]].add(figures)
    return totals


# A period: its first and last day (None for no bound).
Period = tuple[datetime.date | None, datetime.date | None]


# --- Breakdowns for the admin's indicators view -------------------------------------------------
# Each takes the agencies' paths the reader may see (None: all) and the period.


def breakdown(
    paths: Sequence[str] | None,
    since: datetime.date | None,
    until: datetime.date | None,
    dimension: str,
) -> list[Row]:
    """Figures per value of one dimension (kind, category, channel, place), most cases first."""
    rows = _scoped(rows_covering(IndicatorCount, since, until), paths)
    return cast(
        list[Row],
        list(
            rows.filter(dimension=dimension)
            .order_by()
            .values("value")
            .annotate(**_sums())
            .order_by("-received", "value")
        ),
    )


def over_time(
    paths: Sequence[str] | None, since: datetime.date | None, until: datetime.date | None, unit: str
) -> list[Row]:
    """Figures per week or month of submission."""
    grain, trunc = {"week": (Grain.WEEK, TruncWeek), "month": (Grain.MONTH, TruncMonth)}[unit]
    rows = _scoped(rows_covering(IndicatorCount, since, until, grains=[grain]), paths).filter(
        dimension=""
    )
    return cast(
        list[Row],
        list(
            rows.order_by()
            .annotate(period=trunc("start"))
            .values("period")
            .annotate(**_sums())
            .order_by("period")
        ),
    )


def top_codes(
    paths: Sequence[str] | None,
    since: datetime.date | None,
    until: datetime.date | None,
    previous: Period,
    dimension: str,
    limit: int = 10,
) -> list[Row]:
    """The most frequent causes (or resolutions) with their count in the ``previous`` period
    (a (since, until) pair), so a rising cause shows."""

    def counted(period: Period) -> QuerySet[Any, Any]:
        rows = _scoped(rows_covering(IndicatorCount, *period), paths).filter(dimension=dimension)
        return rows.order_by().values("value").annotate(count=Sum("received"))

    current = list(counted((since, until)).order_by("-count", "value")[:limit])
    codes = [row["value"] for row in current]
    before = dict(counted(previous).filter(value__in=codes).values_list("value", "count"))
    return [
        {"code": row["value"], "count": row["count"], "before": before.get(row["value"], 0)}
        for row in current
    ]


def top_codes_by_category(
    paths: Sequence[str] | None,
    since: datetime.date | None,
    until: datetime.date | None,
    dimension: str,
    limit: int = 20,
) -> list[Row]:
    """The most frequent (category, code) pairs: which causes drive which categories."""
    rows = _scoped(rows_covering(IndicatorCount, since, until), paths).filter(dimension=dimension)
    return cast(
        list[Row],
        list(
            rows.order_by()
            .values("category_id", "value")
            .annotate(count=Sum("received"))
            .order_by("-count", "value")[:limit]
        ),
    )


# --- Medians ------------------------------------------------------------------------------------


def agency_medians(
    agencies: Iterable[Agency],
    since: datetime.date | None,
    until: datetime.date | None,
    *,
    every_agency: Iterable[Agency] | None = None,
) -> dict[int, dict[str, float | None]]:
    """{agency id: {stage: median days}} for the given agencies, each over its subtree.

    Medians do not add up from children to parents, so each agency's histogram of durations
    (complaints.models.IndicatorDuration) is merged over its subtree, and the median read
    from it: the middle duration, or the mean of the two middle ones. ``every_agency``: all
    of them, when the caller has them already."""
    paths = {agency.pk: agency.path for agency in every_agency or Agency.objects.only("path")}
    histograms: dict[tuple[str, str], list[tuple[int, int]]] = {}
    rows = (
        rows_covering(IndicatorDuration, since, until)
        .order_by()
        .values_list("agency_id", "stage", "hours")
        .annotate(total=Sum("cases"))
    )
    for agency_id, stage, hours, total in rows:
        histograms.setdefault((paths[agency_id], stage), []).append((hours, total))
    result: dict[int, dict[str, float | None]] = {}
    for agency in agencies:
        medians = result[agency.pk] = dict.fromkeys(STAGES)
        for stage in STAGES:
            merged: dict[int, int] = {}
            for (path, row_stage), buckets in histograms.items():
                if row_stage == stage and path.startswith(agency.path):
                    for hours, count in buckets:
                        merged[hours] = merged.get(hours, 0) + count
            hours = _median(merged)
            if hours is not None:
                medians[stage] = round(hours / 24, 1)
    return result


def _median(histogram: Mapping[int, int]) -> float | None:
    """The median of a {value: how many times} histogram, or None when it is empty."""
    size = sum(histogram.values())
    if not size:
        return None
    wanted = {(size + 1) // 2, (size + 2) // 2}  # the middle position(s), counting from 1
    middles, seen = [], 0
    for value in sorted(histogram):
        first, seen = seen + 1, seen + histogram[value]
        middles += [value for position in wanted if first <= position <= seen]
    return sum(middles) / len(middles)

"""Keeps the indicators' summary (complaints.models.indicators) up to date.

``refresh()`` runs from cron every ten minutes (``manage.py refresh_indicators``): it recounts
the days of submission of every case whose timeline moved since the last run, then the months
holding those days. ``refresh(full=True)`` recounts everything (nightly, and after a restore).
Every count is a grouped query in the database; Python only moves the grouped rows.
"""

import datetime
import itertools

from django.db import transaction
from django.db.models import Case as Choose
from django.db.models import Count, F, Func, IntegerField, Q, Sum, When
from django.db.models.functions import Coalesce, TruncDate, TruncMonth
from django.utils import timezone

from .models import Case, CaseEvent, IndicatorCount, IndicatorDuration, IndicatorRefresh
from .models.cases import OPEN_STATUSES
from .models.indicators import Grain

# Events written just before a run may commit just after it: look back a little further.
OVERLAP = datetime.timedelta(minutes=5)
BATCH = 5000

# Dimension name: the case's column. Causes and resolutions are also split by category.
DIMENSIONS = {
    "kind": "kind", "category": "category_id", "channel": "channel", "place": "place",
    "cause": "cause_code", "resolution": "resolution_code",
}
SPLIT_BY_CATEGORY = {"cause", "resolution"}

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

COUNT_FIELDS = ["received", "registered", "open", "overdue", "answered", "answered_in_time",
                "rated", "rating_total", "referred_in", "returned", "reopened", "contested"]


def case_figures(today):
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

    def as_postgresql(self, compiler, connection, **extra):
        start, end = self.source_expressions
        return Func(end, start, arg_joiner=" - ").as_sql(
            compiler, connection,
            template="FLOOR(EXTRACT(EPOCH FROM (%(expressions)s)) / 3600)::integer", **extra)

    def as_sqlite(self, compiler, connection, **extra):
        # SQLite keeps datetimes as UTC text; rounding to the second removes the floating
        # point error of julianday, so 48 hours stay 48.
        start, end = self.source_expressions
        return Func(end, start, arg_joiner=") - julianday(").as_sql(
            compiler, connection,
            template="(CAST(ROUND((julianday(%(expressions)s)) * 86400) AS INTEGER) / 3600)",
            **extra)


# --- Refreshing ---------------------------------------------------------------------------------

def refresh(*, full=False, now=None):
    """Bring the summary up to date; returns the number of days recounted."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    with transaction.atomic():
        state = IndicatorRefresh.objects.select_for_update().first()
        if full or state is None:
            days = None
        else:
            days = (_changed_days(state.computed_at - OVERLAP) | {today}
                    | _overdue_since(timezone.localdate(state.computed_at), today))
        recounted = _recount(days, today)
        if state is None:
            IndicatorRefresh.objects.create(computed_at=now)
        else:
            state.computed_at = now
            state.save(update_fields=["computed_at"])
    return recounted


def computed_at():
    state = IndicatorRefresh.objects.first()
    return state.computed_at if state else None


def _changed_days(since):
    """Days of submission of the cases whose timeline has an event written since ``since``
    (every change to a case writes one)."""
    return set(
        Case.objects.filter(events__created_at__gte=since).order_by()
        .annotate(day=TruncDate("submitted_at")).values_list("day", flat=True).distinct()
    )


def _overdue_since(last_day, today):
    """Days of submission of the open cases that fell due since the last run: midnight made
    them overdue without any event."""
    if last_day >= today:
        return set()
    return set(
        Case.objects.filter(status__in=OPEN_STATUSES, due_date__gte=last_day, due_date__lt=today)
        .order_by().annotate(day=TruncDate("submitted_at")).values_list("day", flat=True)
        .distinct()
    )


def _submitted_on(days, prefix=""):
    """Q for cases submitted (Baghdad time) on one of ``days``: one range per run of
    consecutive days, so the index on submitted_at serves it."""
    field = f"{prefix}submitted_at"
    condition = Q()
    ordered = sorted(days)
    for _key, run in itertools.groupby(enumerate(ordered), lambda item: item[1].toordinal()
                                       - item[0]):
        run = [day for _index, day in run]
        condition |= Q(**{f"{field}__gte": _midnight(run[0]),
                          f"{field}__lt": _midnight(run[-1] + datetime.timedelta(days=1))})
    return condition


def _midnight(day):
    """The start of ``day`` in Baghdad."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def _recount(days, today):
    """Replace the day rows of ``days`` (None: every day) and the month rows that hold them."""
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
    _save(IndicatorCount, _count_rows(cases, events, today))
    _save(IndicatorDuration, _duration_rows(cases))
    if days is None:
        months = set(IndicatorCount.objects.filter(grain=Grain.DAY).annotate(
            month=TruncMonth("start")).values_list("month", flat=True).distinct())
        IndicatorCount.objects.filter(grain=Grain.MONTH).delete()
        IndicatorDuration.objects.filter(grain=Grain.MONTH).delete()
    else:
        months = {day.replace(day=1) for day in days}
        IndicatorCount.objects.filter(grain=Grain.MONTH, start__in=months).delete()
        IndicatorDuration.objects.filter(grain=Grain.MONTH, start__in=months).delete()
    _roll_up(months)
    return len(days) if days is not None else len(months)


def _count_rows(cases, events, today):
    dated = cases.annotate(day=TruncDate("submitted_at"))
    totals = {}
    for row in dated.values("day", "agency_id").annotate(**case_figures(today)).iterator():
        totals[row.pop("day"), row.pop("agency_id")] = row
    responsible = Choose(
        When(kind=CaseEvent.Kind.REFERRED, then=F("to_agency_id")),
        default=Coalesce(F("from_agency_id"), F("case__agency_id")),
    )
    event_rows = (
        events.filter(kind__in=EVENT_COUNTS)
        .annotate(day=TruncDate("case__submitted_at"), responsible=responsible)
        .values("day", "responsible", "kind").annotate(cases=Count("case_id", distinct=True))
    )
    for row in event_rows.iterator():
        totals.setdefault((row["day"], row["responsible"]), {})[EVENT_COUNTS[row["kind"]]] = (
            row["cases"])
    for (day, agency_id), counts in totals.items():
        yield IndicatorCount(grain=Grain.DAY, start=day, agency_id=agency_id, **counts)

    for dimension, column in DIMENSIONS.items():
        keys = ["day", "agency_id", column]
        if dimension in SPLIT_BY_CATEGORY:
            keys.append("category_id")
        rows = (dated.exclude(**{column: ""}) if column.endswith("_code") else dated)
        for row in rows.values(*keys).annotate(**case_figures(today)).iterator():
            yield IndicatorCount(
                grain=Grain.DAY, start=row.pop("day"), agency_id=row.pop("agency_id"),
                dimension=dimension, value=str(row.pop(column)),
                category_id=row.pop("category_id", None), **row)


def _duration_rows(cases):
    dated = cases.annotate(day=TruncDate("submitted_at"))
    for stage, (start, end) in STAGES.items():
        hours = HoursBetween(start, end)
        rows = (
            dated.filter(**{f"{end}__isnull": False, f"{end}__gte": F(start)})
            .annotate(hours=hours)
            .annotate(bucket=Choose(When(hours__lt=HOURLY_UNDER, then=F("hours")),
                                    default=F("hours") / 24 * 24, output_field=IntegerField()))
            .values("day", "agency_id", "bucket").annotate(cases=Count("pk"))
        )
        for row in rows.iterator():
            yield IndicatorDuration(grain=Grain.DAY, start=row["day"], agency_id=row["agency_id"],
                                    stage=stage, hours=row["bucket"], cases=row["cases"])


def _roll_up(months):
    """Month rows: the sums of their day rows."""
    if not months:
        return
    in_months = Q()
    for month in months:
        following = (month + datetime.timedelta(days=32)).replace(day=1)
        in_months |= Q(start__gte=month, start__lt=following)
    days = Q(grain=Grain.DAY) & in_months
    counts = (
        IndicatorCount.objects.filter(days).order_by().annotate(month=TruncMonth("start"))
        .values("month", "agency_id", "dimension", "value", "category_id")
        .annotate(**{name: Sum(name) for name in COUNT_FIELDS})
    )
    _save(IndicatorCount, (
        IndicatorCount(grain=Grain.MONTH, start=row.pop("month"), **row)
        for row in counts.iterator()))
    durations = (
        IndicatorDuration.objects.filter(days).order_by().annotate(month=TruncMonth("start"))
        .values("month", "agency_id", "stage", "hours").annotate(total=Sum("cases"))
    )
    _save(IndicatorDuration, (
        IndicatorDuration(grain=Grain.MONTH, start=row["month"], agency_id=row["agency_id"],
                          stage=row["stage"], hours=row["hours"], cases=row["total"])
        for row in durations.iterator()))


def _save(model, rows):
    rows = iter(rows)
    while batch := list(itertools.islice(rows, BATCH)):
        model.objects.bulk_create(batch)


# --- Reading ------------------------------------------------------------------------------------

def rows_covering(model, since, until):
    """The rows of ``model`` that together count the cases submitted from ``since`` to
    ``until`` (both included; None for no bound): whole months by their month row, the days
    at either end by their day rows."""
    if since is None:
        since = datetime.date.min
    if until is None:
        until = datetime.date.max
    first_month = since if since.day == 1 else _next_month(since)
    after_last_month = _next_month(until) if _next_month(until) - until == datetime.timedelta(
        days=1) else until.replace(day=1)
    if first_month >= after_last_month:
        return model.objects.filter(grain=Grain.DAY, start__gte=since, start__lte=until)
    return model.objects.filter(
        Q(grain=Grain.MONTH, start__gte=first_month, start__lt=after_last_month)
        | Q(grain=Grain.DAY, start__gte=since, start__lt=first_month)
        | Q(grain=Grain.DAY, start__gte=after_last_month, start__lte=until)
    )


def _next_month(day):
    if day >= datetime.date.max.replace(day=1):
        return datetime.date.max
    return (day.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)


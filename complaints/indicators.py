"""Performance indicators of every agency, rolled up to its parents.

Fair and explainable (the methodology on the transparency page says the same in words):
- Figures count what staff recorded: the agency a case is with, the category staff confirmed,
  the timeline's events. Nothing depends on what the citizen first chose.
- A case counts in the period when it was submitted.
- Answers "within the service level" are answers given on or before the due date.
- Reopened and contested answers count against the agency that answered; cases returned as
  "not ours" against the agency that returned them, out of the cases referred to it.
- An agency with fewer cases than ``INDICATORS_MINIMUM_CASES`` shows counts but no rate, so a
  handful of cases cannot make a small office look very good or very bad.

Everything is counted by the database (one grouped query over cases, one over events); Python
only adds each agency's figures to its parents.
"""

from dataclasses import dataclass, field, fields

from django.conf import settings
from django.db.models import Case as Choose
from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, Sum, When, Window
from django.db.models.functions import Coalesce, RowNumber, Substr, TruncMonth, TruncWeek
from django.utils import timezone

from .models import Agency, Case, CaseEvent
from .models.cases import OPEN_STATUSES

COUNTS = ["received", "registered", "open", "overdue", "answered", "answered_in_time",
          "rated", "rating_total", "referred_in", "returned", "reopened", "contested"]


@dataclass
class Figures:
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

    def add(self, other):
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def suppressed(self):
        """Too few cases for a fair rate: counts only."""
        return self.received < self.minimum

    def _share(self, part, whole):
        if self.suppressed or not whole:
            return None
        return round(100 * part / whole, 1)

    @property
    def answered_in_time_share(self):
        return self._share(self.answered_in_time, self.answered)

    @property
    def reopen_rate(self):
        return self._share(self.reopened, self.answered)

    @property
    def grievance_rate(self):
        return self._share(self.contested, self.answered)

    @property
    def misrouting_rate(self):
        return self._share(self.returned, self.referred_in)

    @property
    def satisfaction(self):
        if self.suppressed or not self.rated:
            return None
        return round(self.rating_total / self.rated, 2)

    def as_dict(self):
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name in COUNTS}
        data.update(
            answered_in_time_share=self.answered_in_time_share, reopen_rate=self.reopen_rate,
            grievance_rate=self.grievance_rate, misrouting_rate=self.misrouting_rate,
            satisfaction=self.satisfaction, suppressed=self.suppressed,
        )
        del data["rating_total"]
        return data


def _in_period(queryset, prefix, since, until):
    if since:
        queryset = queryset.filter(**{f"{prefix}submitted_at__date__gte": since})
    if until:
        queryset = queryset.filter(**{f"{prefix}submitted_at__date__lte": until})
    return queryset


def _figures():
    """The counts every grouping shares (per agency, per kind, per month...)."""
    answered = Q(answered_at__isnull=False)
    return {
        "received": Count("pk"),
        "open": Count("pk", filter=Q(status__in=OPEN_STATUSES)),
        "answered": Count("pk", filter=answered),
        "answered_in_time": Count("pk", filter=answered & Q(answered_at__date__lte=F("due_date"))),
        "rated": Count("pk", filter=Q(satisfaction_rating__isnull=False)),
        "rating_total": Coalesce(Sum("satisfaction_rating"), 0),
    }


def _case_counts(since, until, today):
    rows = (
        _in_period(Case.objects.all(), "", since, until)
        .values("agency_id")
        .annotate(
            **_figures(),
            registered=Count("pk", filter=Q(registered_at__isnull=False)),
            overdue=Count("pk", filter=Q(status__in=OPEN_STATUSES, due_date__lt=today)),
        )
    )
    return {row.pop("agency_id"): row for row in rows}


EVENT_COUNTS = {
    CaseEvent.Kind.REFERRED: "referred_in",
    CaseEvent.Kind.RETURNED: "returned",
    CaseEvent.Kind.REOPENED: "reopened",
    CaseEvent.Kind.GRIEVANCE: "contested",
}


def _event_counts(since, until):
    # A referral counts for the agency it went to; the other events for the agency the case
    # came from (the one that answered or returned it), else the agency it is with.
    responsible = Choose(
        When(kind=CaseEvent.Kind.REFERRED, then=F("to_agency_id")),
        default=Coalesce(F("from_agency_id"), F("case__agency_id")),
    )
    rows = (
        _in_period(CaseEvent.objects.filter(kind__in=EVENT_COUNTS), "case__", since, until)
        .annotate(responsible=responsible)
        .values("kind", "responsible")
        .annotate(cases=Count("case_id", distinct=True))
    )
    counts = {}
    for row in rows:
        counts.setdefault(row["responsible"], {})[EVENT_COUNTS[row["kind"]]] = row["cases"]
    return counts


def agency_figures(*, since=None, until=None, today=None, minimum=None):
    """{agency id: Figures} for every agency, each including its sub-formations."""
    today = today or timezone.localdate()
    minimum = settings.INDICATORS_MINIMUM_CASES if minimum is None else minimum
    direct = _case_counts(since, until, today)
    for agency_id, counts in _event_counts(since, until).items():
        direct.setdefault(agency_id, {}).update(counts)
    agencies = list(Agency.objects.values_list("pk", "path"))
    by_path = {path: pk for pk, path in agencies}
    totals = {pk: Figures(minimum=minimum) for pk, _path in agencies}
    for pk, path in agencies:
        own = direct.get(pk)
        if not own:
            continue
        figures = Figures(**own)
        for depth in range(len(path) // Agency.steplen, 0, -1):
            totals[by_path[path[: depth * Agency.steplen]]].add(figures)
    return totals



# --- Breakdowns of a set of cases (the admin's indicators view) --------------------------------

def breakdown(cases, dimension):
    """Figures of ``cases`` per value of one column (kind, category, channel, place)."""
    return list(
        cases.order_by().values(dimension).annotate(**_figures()).order_by("-received")
    )


def over_time(cases, unit):
    """Cases received and answered per week or month of submission (Baghdad time)."""
    trunc = {"week": TruncWeek, "month": TruncMonth}[unit]
    return list(
        cases.order_by().annotate(period=trunc("submitted_at")).values("period")
        .annotate(**_figures()).order_by("period")
    )


def top_codes(cases, previous_cases, field, limit=10):
    """The most frequent values of ``field`` (cause or resolution code) with their count in
    the period before, so a rising cause shows."""
    current = list(
        cases.exclude(**{field: ""}).order_by().values(field).annotate(count=Count("pk"))
        .order_by("-count")[:limit]
    )
    codes = [row[field] for row in current]
    before = dict(
        previous_cases.filter(**{f"{field}__in": codes}).order_by().values(field)
        .annotate(count=Count("pk")).values_list(field, "count")
    )
    return [{"code": row[field], "count": row["count"], "before": before.get(row[field], 0)}
            for row in current]


def top_codes_by_category(cases, field, limit=20):
    """The most frequent (category, code) pairs: which causes drive which categories."""
    return list(
        cases.exclude(**{field: ""}).order_by().values("category_id", field)
        .annotate(count=Count("pk")).order_by("-count")[:limit]
    )


# --- Medians ------------------------------------------------------------------------------------

STAGES = {
    # name: (from, to): days from submission to registration, to the first reply, to the answer
    "to_registration": ("submitted_at", "registered_at"),
    "to_first_reply": ("submitted_at", "first_reply_at"),
    "to_answer": ("submitted_at", "answered_at"),
}


def median_days(cases, *, depth):
    """{agency path prefix at ``depth``: {stage: median days}} over ``cases``, each group
    being an agency with its sub-formations.

    Medians do not add up from children to parents, so each is computed over the whole
    subtree, in one query: window functions number each group's durations of every stage in
    order, and only the rows in the middle of some stage leave the database."""
    prefix = Substr("agency__path", 1, Agency.steplen * depth)
    annotations, windows, middle = {}, {}, Q()
    for stage, (start, end) in STAGES.items():
        annotations[stage] = ExpressionWrapper(F(end) - F(start), output_field=DurationField())
        windows[f"{stage}_position"] = Window(
            RowNumber(), partition_by=[F("group")], order_by=F(stage).asc(nulls_last=True))
        windows[f"{stage}_size"] = Window(Count(stage), partition_by=[F("group")])
        size = F(f"{stage}_size")
        middle |= Q(**{f"{stage}__isnull": False}) & (
            Q(**{f"{stage}_position": (size + 1) / 2}) | Q(**{f"{stage}_position": (size + 2) / 2})
        )
    rows = (
        cases.filter(agency__depth__gte=depth).order_by()
        .annotate(group=prefix, **annotations).annotate(**windows).filter(middle)
        .values("group", *STAGES, *windows)
    )
    middles = {}
    for row in rows:
        for stage in STAGES:
            size, position = row[f"{stage}_size"], row[f"{stage}_position"]
            if row[stage] is not None and position in {(size + 1) // 2, (size + 2) // 2}:
                days = row[stage].total_seconds() / 86400
                middles.setdefault(row["group"], {}).setdefault(stage, []).append(days)
    return {
        group: {stage: round(sum(values) / len(values), 1) for stage, values in stages.items()}
        for group, stages in middles.items()
    }


def agency_medians(cases, agencies):
    """{agency id: {stage: median days}} for the given agencies, each over its subtree."""
    result = {agency.pk: dict.fromkeys(STAGES) for agency in agencies}
    for depth in {agency.depth for agency in agencies}:
        medians = median_days(cases, depth=depth)
        for agency in agencies:
            if agency.depth == depth:
                result[agency.pk].update(medians.get(agency.path, {}))
    return result

"""The public transparency page and its open data: indicators per ministry, independent body
and governorate, with no personal data and rates withheld below the minimum number of cases.

The figures are cached for CACHE_SECONDS (they are the same for every visitor), so the page
costs no aggregation per request; the open data say when they were computed.
"""

import csv
import datetime

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from citizens_site.core.spreadsheets import csv_cell
from complaints.agencies.models import Agency
from complaints.indicators import metrics, store
from complaints.indicators.figures import agency_figures, agency_medians

CACHE_SECONDS = 15 * 60
LICENCE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
PERIODS = {"90": 90, "365": 365, "all": None}
Kind = Agency.AgencyKind
NATIONAL_KINDS = [Kind.GENERAL_SECRETARIAT, Kind.MINISTRY, Kind.INDEPENDENT_BODY]


class PeriodForm(forms.Form):
    period = forms.ChoiceField(
        label=gettext_lazy("Period"),
        required=False,
        choices=[
            ("365", gettext_lazy("The last 12 months")),
            ("90", gettext_lazy("The last 90 days")),
            ("all", gettext_lazy("Since the portal opened")),
        ],
    )


def _period(request):
    form = PeriodForm(request.GET)
    key = form.cleaned_data.get("period") if form.is_valid() else ""
    return form, key or "365"


def published_figures(period_key, *, refresh=False):
    """Rows for the bodies the public sees, computed once per period and cache time.

    ``manage.py refresh_indicators`` (every ten minutes, from cron) recomputes them ahead of
    visitors, right after bringing the indicators' summary up to date."""
    cache_key = f"transparency:{period_key}:{timezone.localdate().isoformat()}"
    data = None if refresh else cache.get(cache_key)
    if data is None:
        days = PERIODS[period_key]
        today = timezone.localdate()
        since = today - datetime.timedelta(days=days) if days else None
        agencies = list(Agency.objects.order_by("kind", "code"))
        figures = agency_figures(since=since, until=today, agencies=agencies)
        bodies = [
            agency
            for agency in agencies
            if agency.is_active
            and (
                agency.kind == Kind.GOVERNORATE
                or (agency.depth == 1 and agency.kind in NATIONAL_KINDS)
            )
        ]
        medians = agency_medians(bodies, since, today, every_agency=agencies)
        rows = []
        for agency in bodies:
            row = figures[agency.pk]
            rows.append(
                {
                    "code": agency.code,
                    "kind": agency.kind,
                    "name_ar": agency.name_ar,
                    "name_ckb": agency.name_ckb,
                    "name_en": agency.name_en,
                    **row.as_dict(),
                    **{
                        f"median_days_{stage}": None if row.suppressed else value
                        for stage, value in medians[agency.pk].items()
                    },
                }
            )
        data = {
            "rows": rows,
            "since": since,
            "until": today,
            "generated_at": store.computed_at() or timezone.now(),
            "minimum": settings.INDICATORS_MINIMUM_CASES,
        }
        cache.set(cache_key, data, CACHE_SECONDS)
    return data


def transparency(request):
    form, period_key = _period(request)
    data = published_figures(period_key)
    language = get_language()
    rows = [{**row, "name": row.get(f"name_{language}") or row["name_ar"]} for row in data["rows"]]
    national = [row for row in rows if row["kind"] != Kind.GOVERNORATE]
    governorates = [row for row in rows if row["kind"] == Kind.GOVERNORATE]
    return render(
        request,
        "complaints/transparency.html",
        {
            "form": form,
            "period": period_key,
            "data": data,
            "national": national,
            "governorates": governorates,
            "national_chart": _on_time_chart(national),
            "governorates_chart": _on_time_chart(governorates),
        },
    )


def _on_time_chart(rows):
    """Share answered on time per body, for the bodies with enough cases for a rate."""
    shown = [row for row in rows if row["answered_in_time_share"] is not None]
    return {
        "labels": [row["name"] for row in shown],
        "series": [
            {
                "label": _("Answered on time (%)"),
                "values": [row["answered_in_time_share"] for row in shown],
            }
        ],
    }


def schema():
    """What each column of the open data holds (also shown on the page)."""
    return {
        "code": _("The body's code in the portal"),
        "kind": _("Ministry, independent body, governorate or the General Secretariat"),
        "name_ar": _("Name in Arabic"),
        "name_ckb": _("Name in Central Kurdish"),
        "name_en": _("Name in English"),
        **{metric.key: str(metric.meaning) for metric in metrics.METRICS},
    }


def open_data_json(request):
    _form, period_key = _period(request)
    data = published_figures(period_key)
    return JsonResponse(
        {
            "title": _("Performance of government bodies"),
            "licence": LICENCE,
            "generated_at": data["generated_at"].isoformat(),
            "period": {
                "from": data["since"].isoformat() if data["since"] else None,
                "to": data["until"].isoformat(),
            },
            "minimum_cases_for_rates": data["minimum"],
            "schema": schema(),
            "bodies": data["rows"],
        },
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )


def open_data_csv(request):
    _form, period_key = _period(request)
    data = published_figures(period_key)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="indicators-{period_key}.csv"'
    response.write("\ufeff")  # so spreadsheet programs read the Arabic names as UTF-8
    writer = csv.DictWriter(response, fieldnames=list(schema()))
    writer.writeheader()
    for row in data["rows"]:
        writer.writerow(
            {key: "" if value is None else csv_cell(value) for key, value in row.items()}
        )
    return response


def chart_figures(*, scope, metric, period):
    """One figure per body, in the reader's language, for a content page's indicator chart
    (registered with core.indicator_charts); bodies without the figure are left out."""
    period = period if period in PERIODS else "365"
    language = get_language()
    wanted = (
        (lambda kind: kind == Kind.GOVERNORATE)
        if scope == "governorates"
        else (lambda kind: kind != Kind.GOVERNORATE)
    )
    rows = [
        row
        for row in published_figures(period)["rows"]
        if wanted(row["kind"]) and row.get(metric) is not None
    ]
    return {
        "labels": [row.get(f"name_{language}") or row["name_ar"] for row in rows],
        "values": [row[metric] for row in rows],
    }

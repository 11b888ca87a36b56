"""The admin's indicators view: figures per agency (the user's subtree only), breakdowns by
kind, category, channel and place, the trend by week and month, and the causes behind the
cases, for a chosen period and agency; the agency table exports as CSV or XLSX."""

import csv
import datetime
import io
import re

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from citizens_site.core.geography import place_choices
from citizens_site.core.spreadsheets import csv_row, xlsx_cell
from complaints.agencies.models import Agency, Category
from complaints.cases import access
from complaints.cases.models.cases import Channel, Kind
from complaints.cases.outcomes import Cause, Resolution
from complaints.indicators import figures as indicators
from complaints.indicators import metrics, store

DEFAULT_DAYS = 90
# Periods are compared with the period before them of the same length, so the dates keep
# well inside what Python's dates can hold (0001-01-01 or 9999-12-31 overflowed).
FIRST_DATE = datetime.date(2000, 1, 1)
LAST_DATE = datetime.date(2099, 12, 31)


class IndicatorsForm(forms.Form):
    since = forms.DateField(
        label=gettext_lazy("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=gettext_lazy("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    agency = forms.ModelChoiceField(
        label=gettext_lazy("Agency (with its sub-agencies)"),
        queryset=Agency.objects.none(),
        required=False,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = access.visible_agencies(user).order_by("path")

    def _within_range(self, name):
        value = self.cleaned_data.get(name)
        if value is not None and not FIRST_DATE <= value <= LAST_DATE:
            raise forms.ValidationError(
                _("Choose a date from %(first)s to %(last)s.")
                % {"first": date_format(FIRST_DATE), "last": date_format(LAST_DATE)}
            )
        return value

    def clean_since(self):
        return self._within_range("since")

    def clean_until(self):
        return self._within_range("until")

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            raise forms.ValidationError(_("The period must start before it ends."))
        return cleaned


def _scope(user, agency, every_agency):
    """The agencies whose rows the table shows: the chosen one and its children, the user's
    own agencies, or (intake) the top of the tree. ``every_agency`` is in path order."""
    if agency is not None:
        return [
            item
            for item in every_agency
            if item.path == agency.path
            or (item.path.startswith(agency.path) and item.depth == agency.depth + 1)
        ]
    if access.is_intake(user):
        return [item for item in every_agency if item.depth == 1]
    own = {membership.agency.pk for membership in access.memberships(user)}
    return [item for item in every_agency if item.pk in own]


RECEIVED_AND_ANSWERED = [
    (gettext_lazy("Received"), "received"),
    (gettext_lazy("Answered"), "answered"),
]
AGAINST_THE_PERIOD_BEFORE = [
    (gettext_lazy("Cases"), "count"),
    (gettext_lazy("In the period before"), "before"),
]


def _chart(rows, series):
    """Data for components/chart.html: one label per row, one line or set of bars per
    (title, key) in ``series``."""
    return {
        "labels": [str(row["label"]) for row in rows],
        "series": [
            {"label": str(title), "values": [row[key] for row in rows]} for title, key in series
        ],
    }


def _labelled(rows, labels, field="value"):
    for row in rows:
        row["label"] = labels.get(row[field], row[field] or "–")
    return rows


def _dated(rows, date_format_name):
    """Label each row by its period, as the table, the chart and the exports show it."""
    for row in rows:
        row["label"] = date_format(row["period"], date_format_name)
    return rows


def agency_rows(user, since, until, agency):
    """The agency table as shown and exported: one row per agency, cells in COLUMNS order."""
    every_agency = list(Agency.objects.order_by("path"))
    figures = indicators.agency_figures(since=since, until=until, agencies=every_agency)
    scope = _scope(user, agency, every_agency)
    medians = indicators.agency_medians(scope, since, until, every_agency=every_agency)
    rows = []
    for item in scope:
        values = figures[item.pk].as_dict()
        if not values["suppressed"]:
            values.update(
                {f"median_days_{stage}": value for stage, value in medians[item.pk].items()}
            )
        rows.append(
            {
                "agency": item,
                "figures": figures[item.pk],
                "cells": [values.get(key) for key, _label in COLUMNS],
            }
        )
    return rows


def indicators_view(request):
    if not access.is_case_staff(request.user):
        raise PermissionDenied
    today = timezone.localdate()
    data = request.GET if request.GET else None
    form = IndicatorsForm(
        data,
        user=request.user,
        initial={"since": today - datetime.timedelta(days=DEFAULT_DAYS), "until": today},
    )
    valid = form.is_valid() if data else False
    cleaned = form.cleaned_data if valid else {}
    since = cleaned.get("since") or form.initial["since"]
    until = cleaned.get("until") or form.initial["until"]
    agency = cleaned.get("agency")

    shown = dashboard(request.user, since, until, agency)
    if request.GET.get("export") in ("csv", "xlsx"):
        return export(
            export_tables(shown), request.GET["export"], request.GET.get("table"), since, until
        )
    return render(
        request,
        "complaints/admin/indicators.html",
        {
            **shown,
            "form": form,
            "since": since,
            "until": until,
            "columns": [label for _key, label in COLUMNS],
            "computed_at": store.computed_at(),
            "export_query": request.GET.urlencode(),
        },
    )


def dashboard(user, since, until, agency):
    """Everything the view shows (and exports) for the period and agency."""
    paths = [agency.path] if agency is not None else access.visible_paths(user)
    length = until - since + datetime.timedelta(days=1)
    previous = (since - length, since - datetime.timedelta(days=1))
    category_names = {str(category.pk): category.name for category in Category.objects.all()}
    causes = dict(Cause.choices)
    months = _dated(indicators.over_time(paths, since, until, "month"), "YEAR_MONTH_FORMAT")
    weeks = _dated(
        indicators.over_time(
            paths,
            max(since, until - datetime.timedelta(weeks=12) + datetime.timedelta(days=1)),
            until,
            "week",
        ),
        "SHORT_DATE_FORMAT",
    )
    causes_rows = _labelled(
        indicators.top_codes(paths, since, until, previous, "cause"), causes, field="code"
    )
    resolution_rows = _labelled(
        indicators.top_codes(paths, since, until, previous, "resolution"),
        dict(Resolution.choices),
        field="code",
    )
    by_category = {}
    for dimension, labels in (("cause", causes), ("resolution", dict(Resolution.choices))):
        by_category[dimension] = indicators.top_codes_by_category(paths, since, until, dimension)
        for row in by_category[dimension]:
            row["category"] = category_names.get(str(row["category_id"]), "–")
            row["label"] = labels.get(row["value"], row["value"])
    return {
        "rows": agency_rows(user, since, until, agency),
        "breakdowns": [
            (title, rows, _chart(rows, RECEIVED_AND_ANSWERED), dimension)
            for dimension, title, labels in [
                ("kind", _("By kind"), dict(Kind.choices)),
                ("category", _("By category"), category_names),
                ("channel", _("By channel"), dict(Channel.choices)),
                ("place", _("By place"), dict(place_choices())),
            ]
            for rows in [_labelled(indicators.breakdown(paths, since, until, dimension), labels)]
        ],
        "months": months,
        "months_chart": _chart(months, RECEIVED_AND_ANSWERED),
        "weeks": weeks,
        "weeks_chart": _chart(weeks, RECEIVED_AND_ANSWERED),
        "causes": causes_rows,
        "causes_chart": _chart(causes_rows, AGAINST_THE_PERIOD_BEFORE),
        "resolutions": resolution_rows,
        "resolutions_chart": _chart(resolution_rows, AGAINST_THE_PERIOD_BEFORE),
        "causes_by_category": by_category["cause"],
        "resolutions_by_category": by_category["resolution"],
    }


COLUMNS = metrics.columns(metrics.AGENCY_TABLE)
FIGURE_COLUMNS = metrics.columns(metrics.BREAKDOWN_TABLE)


def export_tables(shown):
    """{key: (title, lines)} of every table on the page, header first, as they are shown."""
    figures = [str(label) for _key, label in FIGURE_COLUMNS]

    def figure_lines(first, items):
        return [[str(first), *figures]] + [
            [str(row["label"]), *[row[key] for key, _ in FIGURE_COLUMNS]] for row in items
        ]

    tables = {
        "agencies": (
            _("By agency"),
            [[_("Agency"), *[str(label) for _k, label in COLUMNS]]]
            + [[row["agency"].name, *row["cells"]] for row in shown["rows"]],
        )
    }
    for title, items, _chart_data, key in shown["breakdowns"]:
        tables[key] = (title, figure_lines(title, items))
    tables["month"] = (_("By month"), figure_lines(_("Period"), shown["months"]))
    tables["week"] = (_("By week"), figure_lines(_("Period"), shown["weeks"]))
    for key, title in (("causes", _("Causes")), ("resolutions", _("Resolutions"))):
        tables[key] = (
            title,
            [[_("Code"), _("Cases"), _("In the period before")]]
            + [[str(row["label"]), row["count"], row["before"]] for row in shown[key]],
        )
    for key, title, code in (
        ("causes_by_category", _("Causes by category"), _("Cause")),
        ("resolutions_by_category", _("Resolutions by category"), _("Resolution")),
    ):
        tables[key] = (
            title,
            [[_("Category"), code, _("Cases")]]
            + [[str(row["category"]), str(row["label"]), row["count"]] for row in shown[key]],
        )
    return tables


def export(tables, file_format, table, since, until):
    """XLSX: every table, a sheet each. CSV: one table (the agencies' unless ``table`` names
    another)."""
    filename = f"indicators-{since.isoformat()}-{until.isoformat()}"
    if file_format == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        workbook.remove(workbook.active)
        for title, lines in tables.values():
            # A sheet's name has at most 31 characters and none of []:*?/\
            sheet = workbook.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", str(title))[:31])
            for line in lines:
                sheet.append(["" if value is None else value for value in line])
                for cell in sheet[sheet.max_row]:
                    xlsx_cell(cell)
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
        return response
    key = table if table in tables else "agencies"
    _title, lines = tables[key]
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}-{key}.csv"'
    response.write("\ufeff")
    csv.writer(response).writerows([csv_row(line) for line in lines])
    return response

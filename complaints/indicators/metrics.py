"""The one catalogue of the indicator figures: each figure's key, its column heading, what it
holds (the open data's schema) and, for the figures an editor may chart on a content page, the
chart's label.

The admin's tables and exports, the transparency page's open data and the chart block all read
it, so a figure is named and described once. Keys are the names the figures carry in
``figures.agency_figures`` rows and in the published open data (stable: people download them).
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Metric:
    key: str
    meaning: Promise  # what the column holds, as the open data's schema says it
    heading: Promise | None = None  # the column heading where a table shows it
    chart_label: Promise | None = None  # its label where an editor charts it (CHARTED)


# In the order of the open data's columns.
METRICS = [
    Metric(
        "received",
        _("Cases submitted in the period that are with the body or its formations"),
        _("Received"),
        _("Cases received"),
    ),
    Metric(
        "registered", _("Of those, cases registered by the General Secretariat"), _("Registered")
    ),
    Metric("open", _("Cases still open"), _("Open")),
    Metric("overdue", _("Open cases past their due date"), _("Overdue")),
    Metric("answered", _("Cases answered"), _("Answered")),
    Metric(
        "answered_in_time", _("Cases answered on or before their due date"), _("Answered on time")
    ),
    Metric("rated", _("Answers the citizen rated"), _("Ratings")),
    Metric("referred_in", _("Cases referred to the body")),
    Metric("returned", _("Cases the body returned as not its own")),
    Metric("reopened", _("Answered cases reopened")),
    Metric("contested", _("Answers the citizen contested")),
    Metric(
        "answered_in_time_share",
        _("Percentage of answers given on time (empty when suppressed)"),
        _("Answered on time (%)"),
        _("Answered on time (%)"),
    ),
    Metric(
        "reopen_rate",
        _("Percentage of answers reopened (empty when suppressed)"),
        _("Reopened (%)"),
    ),
    Metric(
        "grievance_rate",
        _("Percentage of answers contested (empty when suppressed)"),
        _("Contested (%)"),
    ),
    Metric(
        "misrouting_rate",
        _("Percentage of referrals returned as not the body's (empty when suppressed)"),
        _("Returned as not ours (%)"),
    ),
    Metric(
        "satisfaction",
        _("Average rating from 1 to 5 (empty when suppressed)"),
        _("Satisfaction (1 to 5)"),
        _("Satisfaction (1 to 5)"),
    ),
    Metric(
        "median_days_to_registration",
        _("Median days from submission to registration (empty when suppressed)"),
        _("Median days to registration"),
    ),
    Metric(
        "median_days_to_first_reply",
        _("Median days from submission to the first reply (empty when suppressed)"),
        _("Median days to first reply"),
    ),
    Metric(
        "median_days_to_answer",
        _("Median days from submission to the answer (empty when suppressed)"),
        _("Median days to answer"),
        _("Median days to answer"),
    ),
    Metric(
        "suppressed",
        _("True when the body had fewer cases than the minimum, so no rate is published"),
    ),
]
BY_KEY = {metric.key: metric for metric in METRICS}

# The admin's table of agencies, and the columns of every breakdown (kind, category, week...).
AGENCY_TABLE = [
    "received",
    "registered",
    "open",
    "overdue",
    "answered",
    "answered_in_time_share",
    "reopen_rate",
    "grievance_rate",
    "misrouting_rate",
    "median_days_to_registration",
    "median_days_to_first_reply",
    "median_days_to_answer",
    "satisfaction",
    "rated",
]
BREAKDOWN_TABLE = ["received", "open", "answered", "answered_in_time", "rated"]


def columns(keys):
    """[(key, heading)] of ``keys``, for a table's header."""
    return [(key, BY_KEY[key].heading) for key in keys]


# What an editor may chart on a content page, the block's default first.
CHARTED = ["answered_in_time_share", "received", "median_days_to_answer", "satisfaction"]


def chart_choices():
    """[(key, label)] of the figures an editor may chart, for the chart block."""
    return [(key, BY_KEY[key].chart_label) for key in CHARTED]

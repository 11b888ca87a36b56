"""The filters of the publications listings; each filters on an indexed column."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from citizens_site.core.filters import ListingFilterSet
from citizens_site.core.geography import Governorate

from .choices import EventKind, NewsKind


class BulletinFilter(ListingFilterSet):
    year_field = "issue_date"


class NewsFilter(ListingFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=NewsKind.choices, empty_label=_("All kinds")
    )


class ReportFilter(ListingFilterSet):
    governorate = django_filters.ChoiceFilter(
        label=_("Governorate"), choices=Governorate.choices, empty_label=_("All governorates")
    )


class EventFilter(ListingFilterSet):
    year_field = "start"

    when = django_filters.ChoiceFilter(
        label=_("When"),
        method="filter_when",
        empty_label=None,
        choices=[("upcoming", _("Upcoming")), ("past", _("Past")), ("all", _("All"))],
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=EventKind.choices, empty_label=_("All kinds")
    )
    governorate = django_filters.ChoiceFilter(
        label=_("Governorate"), choices=Governorate.choices, empty_label=_("All governorates")
    )

    def filter_when(self, queryset, name, value):
        """Upcoming events soonest first; past events latest first."""
        now = timezone.now()
        if value == "past":
            return queryset.filter(end__lt=now).order_by("-start")
        if value == "upcoming":
            return queryset.filter(end__gte=now).order_by("start")
        return queryset.order_by("-start")

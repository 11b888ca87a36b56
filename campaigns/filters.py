"""The filters of the campaign listing and the rights library."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from citizens_site.core.filters import ListingFilterSet

from .choices import CampaignStatus, LegalBasis


class CampaignFilter(ListingFilterSet):
    year_field = "start_date"

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        method="filter_status",
        empty_label=_("All campaigns"),
        choices=CampaignStatus.choices,
    )

    def filter_status(self, queryset, name, value):
        today = timezone.localdate()
        if value == CampaignStatus.UPCOMING:
            return queryset.filter(start_date__gt=today)
        if value == CampaignStatus.PAST:
            return queryset.filter(end_date__lt=today)
        return queryset.filter(start_date__lte=today, end_date__gte=today)


class RightFilter(django_filters.FilterSet):
    basis_kind = django_filters.ChoiceFilter(
        label=_("Legal basis"),
        choices=LegalBasis.choices,
        empty_label=_("All"),
    )

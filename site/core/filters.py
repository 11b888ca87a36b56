"""Filters shared by the public listings (django-filter, so every choice lives in the URL)."""

import django_filters
from django.db import models
from django.utils.translation import gettext_lazy as _


class ListingFilterSet(django_filters.FilterSet):
    """Adds a year filter over ``year_field``, offering only the years that have content."""

    year_field = "date"

    year = django_filters.ChoiceFilter(
        label=_("Year"), method="filter_year", empty_label=_("All years")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.queryset.model._meta.get_field(self.year_field)
        if isinstance(field, models.DateTimeField):
            years = self.queryset.datetimes(self.year_field, "year", order="DESC")
        else:
            years = self.queryset.dates(self.year_field, "year", order="DESC")
        self.filters["year"].extra["choices"] = [(str(d.year), str(d.year)) for d in years]

    def filter_year(self, queryset, name, value):
        return queryset.filter(**{f"{self.year_field}__year": int(value)})

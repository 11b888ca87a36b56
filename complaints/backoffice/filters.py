"""Filters of the staff's case listing. Each filters an indexed column (see Case.Meta)."""

import django_filters
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from citizens_site.core.geography import place_choices
from complaints.agencies.models import Agency, Category, Kind
from complaints.cases import access
from complaints.cases.models import Attachment, Case
from complaints.cases.models.cases import OPEN_STATUSES, Channel, Status


class CaseFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(label=_("Status"), choices=Status.choices)
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Kind.choices)
    agency = django_filters.ModelChoiceFilter(
        label=_("Agency (with its sub-agencies)"),
        queryset=Agency.objects.none(),
        method="filter_agency_subtree",
    )
    category = django_filters.ModelChoiceFilter(
        label=_("Category"), queryset=Category.objects.all()
    )
    place = django_filters.ChoiceFilter(label=_("Where it happened"), choices=place_choices)
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=Channel.choices)
    # Choices, not BooleanFilter: its options read "Unknown/Yes/No" and Wagtail's active-filter
    # chip would show "True". The values stay "true"/"false", so saved links keep working.
    overdue = django_filters.ChoiceFilter(
        label=_("Overdue"),
        choices=[("true", _("Overdue only")), ("false", _("Not overdue"))],
        empty_label=_("Any"),
        method="filter_overdue",
    )
    submitted_at = django_filters.DateFromToRangeFilter(label=_("Submitted between"))
    has_attachments = django_filters.ChoiceFilter(
        label=_("Attachments"),
        choices=[("true", _("With attachments")), ("false", _("Without attachments"))],
        empty_label=_("Any"),
        method="filter_attachments",
    )

    class Meta:
        model = Case
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None:
            self.filters["agency"].queryset = access.visible_agencies(request.user).order_by("path")

    def filter_agency_subtree(self, queryset, name, agency):
        return queryset.filter(agency__path__startswith=agency.path) if agency else queryset

    def filter_overdue(self, queryset, name, value):
        overdue = {"status__in": OPEN_STATUSES, "due_date__lt": timezone.localdate()}
        if value == "true":
            return queryset.filter(**overdue)
        if value == "false":
            return queryset.exclude(**overdue)
        return queryset

    def filter_attachments(self, queryset, name, value):
        if value not in ("true", "false"):
            return queryset
        has = Exists(Attachment.objects.filter(case=OuterRef("pk")))
        return queryset.filter(has) if value == "true" else queryset.exclude(has)

from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter, FilterSet

from complaints.cases.models import Case
from complaints.cases.models.cases import Status


class MyRequestsFilter(FilterSet):
    status = ChoiceFilter(label=_("Status"), choices=Status.choices, empty_label=_("All statuses"))

    class Meta:
        model = Case
        fields = ["status"]

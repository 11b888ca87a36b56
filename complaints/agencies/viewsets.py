"""The reference data in the Wagtail admin (administrators): agencies, categories,
memberships and public holidays. An agency or category that cases refer to cannot be deleted:
the admin says so (it can be made inactive)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn, TitleColumn
from wagtail.admin.views.generic import DeleteView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from citizens_site.core.deletion import ProtectedDeleteMixin
from complaints.agencies.models import Agency, Category, Membership, PublicHoliday


class AgencyForm(WagtailAdminModelForm):
    """Agencies form a tree: a new one is placed under its parent, and a changed parent
    moves it (with its sub-formations)."""

    parent = forms.ModelChoiceField(
        label=_("Part of"),
        queryset=Agency.objects.order_by("path"),
        required=False,
        help_text=_("Leave empty for a ministry, governorate or independent body."),
    )

    class Meta:
        model = Agency
        fields = [
            "parent",
            "code",
            "kind",
            "name_ar",
            "name_ckb",
            "name_en",
            "email",
            "service_days",
            "triage_hours",
            "governorate",
            "is_active",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["parent"].initial = self.instance.get_parent()
            self.fields["parent"].queryset = Agency.objects.exclude(
                path__startswith=self.instance.path
            ).order_by("path")

    def save(self, commit=True):
        agency = super().save(commit=False)
        parent = self.cleaned_data.get("parent")
        if agency.pk is None:
            return parent.add_child(instance=agency) if parent else Agency.add_root(instance=agency)
        agency.save()
        if parent != agency.get_parent():
            if parent:
                agency.move(parent, "sorted-child")
            else:
                agency.move(Agency.get_first_root_node(), "sorted-sibling")
        return agency


class ReferenceDeleteView(ProtectedDeleteMixin, DeleteView):
    pass


class ReferenceDataViewSet(ModelViewSet):
    delete_view_class = ReferenceDeleteView


class AgencyViewSet(ReferenceDataViewSet):
    model = Agency
    icon = "site"
    menu_label = _("Agencies")
    add_to_admin_menu = False
    list_display = [
        TitleColumn("name", label=_("Name"), url_name="agencies:edit"),
        "code",
        "kind",
        "service_days",
        BooleanColumn("is_active", label=_("active")),
    ]
    list_filter = ["kind", "is_active"]
    search_fields = ["code", "name_ar", "name_ckb", "name_en"]
    ordering = ["path"]

    def get_form_class(self, for_update=False):
        return AgencyForm


class CategoryViewSet(ReferenceDataViewSet):
    model = Category
    icon = "tag"
    menu_label = _("Categories")
    form_fields = [
        "code",
        "name_ar",
        "name_ckb",
        "name_en",
        "accepts_requests",
        "accepts_complaints",
        "accepts_suggestions",
        "all_agencies",
        "agencies",
        "documents_ar",
        "documents_ckb",
        "documents_en",
        "service_days",
        "is_active",
    ]
    list_display = [
        TitleColumn("name", label=_("Name"), url_name="categories:edit"),
        "code",
        "service_days",
        BooleanColumn("is_active", label=_("active")),
    ]
    list_filter = ["is_active", "all_agencies"]
    search_fields = ["code", "name_ar", "name_ckb", "name_en"]


class MembershipViewSet(ReferenceDataViewSet):
    model = Membership
    icon = "group"
    menu_label = _("Memberships")
    form_fields = ["user", "agency", "role"]
    list_display = ["user", "agency", "role"]
    list_filter = ["role"]


class PublicHolidayViewSet(ReferenceDataViewSet):
    model = PublicHoliday
    icon = "date"
    menu_label = _("Public holidays")
    form_fields = ["date", "name"]
    list_display = ["date", "name"]


class ReferenceDataGroup(ViewSetGroup):
    menu_label = _("Citizens' affairs")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = [
        AgencyViewSet("agencies"),
        CategoryViewSet("categories"),
        MembershipViewSet("memberships"),
        PublicHolidayViewSet("public_holidays"),
    ]

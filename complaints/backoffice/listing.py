"""The staff's case listing: Wagtail's generic IndexView over the cases the permission policy
lets the user see, with the listing's filters, search, counts by status, the spreadsheet export
(formula-safe) and, for whoever may take one, the bulk actions' checkboxes."""

from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.generic import IndexView

from citizens_site.core.spreadsheets import FormulaSafeExportMixin
from complaints.backoffice.filters import CaseFilterSet
from complaints.backoffice.permissions import case_permission_policy
from complaints.cases.models import Case
from complaints.cases.models.cases import Status


class CaseIndexView(FormulaSafeExportMixin, IndexView):
    model = Case
    permission_policy = case_permission_policy
    permission_required = "view"
    any_permission_required = None
    template_name = "complaints/admin/case_index.html"
    index_url_name = "complaints_admin:index"
    index_results_url_name = "complaints_admin:index_results"
    case_url_name = "complaints_admin:case"
    filterset_class = CaseFilterSet
    search_fields = ["reference", "subject", "citizen_name", "citizen_phone"]
    search_backend_name = None
    default_ordering = "-submitted_at"
    list_export = [
        "reference",
        "kind",
        "status",
        "agency",
        "category",
        "channel",
        "place",
        "submitted_at",
        "due_date",
        "subject",
    ]
    export_filename = "cases"
    paginate_by = 50
    page_title = gettext_lazy("Cases")
    header_icon = "tasks"

    @cached_property
    def base_queryset(self):
        """The user's cases, asked of the permission policy once per request (the listing,
        the counts by status and the export all start from it)."""
        cases = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "view"
        ).select_related("agency")
        # The archive is its own view (status "archived"); the working list leaves it out.
        if Status.ARCHIVED not in self.request.GET.getlist("status"):
            cases = cases.exclude(status=Status.ARCHIVED)
        return cases

    def get_base_queryset(self):
        return self.base_queryset.all()

    @cached_property
    def bulk_actions(self):
        """The bulk actions on cases this user may take on some case."""
        return [
            action
            for action in bulk_action_registry.get_bulk_actions_for_model(
                Case._meta.app_label, Case._meta.model_name
            )
            if self.user_has_permission(action.action_type)
        ]

    @cached_property
    def columns(self):
        checkboxes = (
            [BulkActionsCheckboxColumn("bulk_actions", obj_type="case")]
            if self.bulk_actions
            else []
        )
        return [
            *checkboxes,
            TitleColumn(
                "reference",
                label=gettext_lazy("Reference"),
                sort_key="reference",
                url_name=self.case_url_name,
                get_title_id=lambda case: f"case_{case.pk}_title",
            ),
            Column("subject", label=gettext_lazy("Subject")),
            Column("agency", label=gettext_lazy("Agency")),
            Column(
                "status",
                label=gettext_lazy("Status"),
                accessor="get_status_display",
                sort_key="status",
            ),
            DateColumn("submitted_at", label=gettext_lazy("Submitted on"), sort_key="submitted_at"),
            Column("due_date", label=gettext_lazy("Due"), sort_key="due_date"),
            Column("overdue", label=gettext_lazy("Overdue"), accessor="overdue_label"),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = dict(self.base_queryset.order_by().values_list("status").annotate(n=Count("pk")))
        context["can_enter_cases"] = self.user_has_permission("add")
        context["has_bulk_actions"] = bool(self.bulk_actions)
        context["model_opts"] = Case._meta
        context["status_counts"] = [
            (value, label, counts.get(value, 0))
            for value, label in Status.choices
            if counts.get(value)
        ]
        return context

"""The Cases area as one Wagtail viewset, at /admin/cases/ under the URL namespace
``complaints_admin``: the listing, a case and its actions and files, staff-entered cases, the
publication queue and the indicators, with their menu items (each shown to whoever the
permission policy lets in)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from complaints.backoffice import case_views, intake_views
from complaints.backoffice.listing import CaseIndexView
from complaints.backoffice.permissions import case_permission_policy
from complaints.cases.models import Case
from complaints.indicators.admin_views import indicators_view


class PolicyMenuItem(MenuItem):
    """A menu item shown to users the permission policy allows ``action``."""

    def __init__(self, *args, action, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action

    def is_shown(self, request):
        return case_permission_policy.user_has_permission(request.user, self.action)


class CaseViewSet(ViewSet):
    name = "cases"
    url_namespace = "complaints_admin"
    model = Case
    icon = "tasks"
    permission_policy = case_permission_policy

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            model=self.model,
            permission_policy=self.permission_policy,
            index_url_name=self.get_url_name("index"),
            index_results_url_name=self.get_url_name("index_results"),
            case_url_name=self.get_url_name("case"),
            **kwargs,
        )

    def get_urlpatterns(self):
        view = self.construct_view
        return [
            path("", view(CaseIndexView), name="index"),
            path("results/", view(CaseIndexView, results_only=True), name="index_results"),
            path("new/", view(intake_views.NewCaseView), name="new"),
            path("publications/", view(intake_views.PublicationQueueView), name="publications"),
            path("indicators/", indicators_view, name="indicators"),
            path("<int:pk>/", view(case_views.CaseView), name="case"),
            path("<int:pk>/action/<str:action>/", view(case_views.CaseActionView), name="action"),
            path("<int:pk>/case-file/", view(case_views.CaseFileView), name="case_file"),
            path(
                "<int:pk>/case-file/<int:file_id>/",
                view(case_views.CaseFileView),
                name="case_file_download",
            ),
            path(
                "<int:pk>/files/<int:attachment_id>/",
                view(case_views.AttachmentView),
                name="attachment",
            ),
        ]

    def register_menu_item(self):
        # The area's four destinations stay four items of the main menu.
        for menu_item in (
            self.cases_menu_item,
            self.publications_menu_item,
            self.archive_menu_item,
            self.indicators_menu_item,
        ):
            hooks.register("register_admin_menu_item", menu_item)

    def cases_menu_item(self):
        return PolicyMenuItem(
            _("Cases"),
            reverse(self.get_url_name("index")),
            icon_name="tasks",
            order=100,
            action="view",
        )

    def publications_menu_item(self):
        return PolicyMenuItem(
            _("Answers to publish"),
            reverse(self.get_url_name("publications")),
            icon_name="doc-full",
            order=101,
            action="review_publication",
        )

    def archive_menu_item(self):
        archive = f"{reverse(self.get_url_name('index'))}?status=archived"
        return PolicyMenuItem(
            _("Archive"), archive, icon_name="folder-inverse", order=102, action="view"
        )

    def indicators_menu_item(self):
        return PolicyMenuItem(
            _("Indicators"),
            reverse(self.get_url_name("indicators")),
            icon_name="table",
            order=103,
            action="view",
        )

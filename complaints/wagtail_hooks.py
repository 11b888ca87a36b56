"""The complaints app in the Wagtail admin: reference data, the cases area, the dashboard
panel, and the audit log's action names (each staff action's from its declaration in the
workflow's registry)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from complaints.agencies.viewsets import ReferenceDataGroup
from complaints.backoffice import urls as admin_urls
from complaints.backoffice.dashboard import CaseQueuePanel
from complaints.cases import access, workflow


@hooks.register("register_admin_viewset")
def register_reference_data():
    return ReferenceDataGroup()


@hooks.register("register_admin_urls")
def register_case_urls():
    return [path("cases/", include((admin_urls.urlpatterns, "complaints_admin")))]


class CaseMenuItem(MenuItem):
    def is_shown(self, request):
        return access.is_case_staff(request.user)


@hooks.register("register_admin_menu_item")
def register_cases_menu_item():
    return CaseMenuItem(_("Cases"), reverse("complaints_admin:index"), icon_name="tasks",
                        order=100)


@hooks.register("register_admin_menu_item")
def register_indicators_menu_item():
    return CaseMenuItem(_("Indicators"), reverse("complaints_admin:indicators"),
                        icon_name="table", order=103)


@hooks.register("register_admin_menu_item")
def register_archive_menu_item():
    return CaseMenuItem(_("Archive"), f"{reverse('complaints_admin:index')}?status=archived",
                        icon_name="folder-inverse", order=102)


class PublicationsMenuItem(MenuItem):
    def is_shown(self, request):
        return access.is_intake(request.user)


@hooks.register("register_admin_menu_item")
def register_publications_menu_item():
    return PublicationsMenuItem(_("Answers to publish"), reverse("complaints_admin:publications"),
                                icon_name="doc-full", order=101)


@hooks.register("construct_homepage_panels")
def add_case_queue_panel(request, panels):
    if access.is_case_staff(request.user):
        panels.insert(0, CaseQueuePanel(request))


@hooks.register("register_log_actions")
def register_case_log_actions(actions):
    for action, label in [
        ("complaints.case_viewed", _("Viewed the case (personal data)")),
        ("complaints.entered", _("Entered on the citizen's behalf")),
        ("complaints.attachment_downloaded", _("Downloaded an attachment")),
        ("complaints.case_file", _("Asked for the case file")),
    ]:
        actions.register_action(action, label, label)
    # Each staff action declares its own audit-log label.
    for staff_action in workflow.STAFF_ACTIONS.values():
        actions.register_action(staff_action.log_action, staff_action.log_label,
                                staff_action.log_label)

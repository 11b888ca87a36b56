"""The complaints app in the Wagtail admin: reference data, the cases area (its viewset, with
its menu items, and its bulk actions), the dashboard panel, and the audit log's action names
(each staff action's from its declaration in the workflow's registry)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from complaints.agencies.viewsets import ReferenceDataGroup
from complaints.backoffice.bulk_actions import RegisterCasesBulkAction
from complaints.backoffice.dashboard import CaseQueuePanel
from complaints.backoffice.viewsets import CaseViewSet
from complaints.cases import access, workflow


@hooks.register("register_admin_viewset")
def register_reference_data():
    return ReferenceDataGroup()


@hooks.register("register_admin_viewset")
def register_cases_area():
    return CaseViewSet()


# Wagtail's bulk actions register as classes, not as functions returning one.
hooks.register("register_bulk_action", RegisterCasesBulkAction)


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
        actions.register_action(
            staff_action.log_action, staff_action.log_label, staff_action.log_label
        )

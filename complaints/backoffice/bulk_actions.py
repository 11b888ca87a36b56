"""Bulk actions on the case listing (Wagtail's bulk actions: tick cases, confirm, done).

"Register" takes the workflow's register action on each ticked case with what the citizen
filed (kind, category, agency and priority, as the case page's register form offers them):
the morning's clear submissions registered in one go. Each case is checked on its own by the
permission policy and by the register form, and registered by its own workflow call; a case
that does not pass is left for its page, and the message says how many.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_list_or_404
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin import messages
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.log_actions import log

from complaints.backoffice.permissions import case_permission_policy
from complaints.cases import workflow
from complaints.cases.models import Case
from complaints.cases.models.cases import Status


class RegisterCasesBulkAction(BulkAction):
    # Named after the staff action it takes: the permission policy answers for it by name.
    action_type = "register"
    display_name = _("Register as filed")
    aria_label = _("Register the selected cases as the citizens filed them")
    template_name = "complaints/admin/bulk_register.html"
    action_priority = 10
    permission_policy = case_permission_policy

    @classproperty
    def models(cls):
        return [Case]

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, self.action_type):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self, model, object_ids):
        """The ticked cases the user may see; any other number is as if it did not exist."""
        ids = [pk for pk in object_ids if str(pk).isdigit()]
        cases = self.permission_policy.instances_user_has_permission_for(self.request.user, "view")
        return get_list_or_404(
            cases.select_related("agency", "category").order_by("pk"), pk__in=ids
        )

    def get_all_objects_in_listing_query(self, parent_id):
        # The listing offers no "select all": only ticked rows are registered.
        return []

    def check_perm(self, case):
        """The case may be registered by this user now (role and status)."""
        return (
            case.status == Status.SUBMITTED
            and self.permission_policy.user_has_permission_for_instance(
                self.request.user, self.action_type, case
            )
        )

    def get_execution_context(self):
        return {"view": self}

    @classmethod
    def execute_action(cls, objects, view=None, **kwargs):
        user = view.request.user
        declared = workflow.STAFF_ACTIONS[cls.action_type]
        registered = left = 0
        for case in objects:
            form = declared.form_class()(
                {
                    "version": case.version,
                    "kind": case.kind,
                    "category": case.category_id,
                    "agency": case.agency_id,
                    "priority": case.priority,
                },
                case=case,
                user=user,
            )
            if not form.is_valid():
                left += 1
                continue
            try:
                declared.call(case=case, actor=user, **form.workflow_arguments())
            except workflow.WorkflowError:
                left += 1
                continue
            log(instance=case, action=declared.log_action, user=user)
            registered += 1
        if left:
            messages.warning(
                view.request,
                ngettext(
                    "%(count)d case could not be registered as filed: open it to register it.",
                    "%(count)d cases could not be registered as filed: open each to register it.",
                    left,
                )
                % {"count": left},
            )
        return registered, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        if not num_parent_objects:
            return None
        return ngettext(
            "%(count)d case registered.", "%(count)d cases registered.", num_parent_objects
        ) % {"count": num_parent_objects}

"""One case in the admin: its page (timeline, and a form for each action the role and status
allow: each action's form, label and workflow function come from the workflow's registry of
staff actions), the view that takes an action, the case file and attachment downloads.

Each view asks the permission policy whether the user may see cases at all, then fetches the
case of the URL once, from the cases the policy lets the user see: one access check and one
read per request (an action then reads the agency it left the case with), and an officer never
reaches another agency's case by any URL (the answer is the 404 of a case that does not
exist)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.log_actions import log

from complaints.backoffice.permissions import case_permission_policy
from complaints.cases import selectors, workflow
from complaints.cases.case_file import request_case_file
from complaints.cases.models import Attachment, CaseEvent, CaseFile
from complaints.cases.models.cases import Status
from complaints.cases.responses import attachment_response, case_file_response


class CaseObjectMixin(PermissionCheckedMixin):
    """The case of the URL's ``pk``, read on first use, after dispatch has checked that the
    user may see cases at all."""

    permission_policy = case_permission_policy
    permission_required = "view"
    index_url_name = "complaints_admin:index"
    case_url_name = "complaints_admin:case"
    case_related = ()

    @cached_property
    def case(self):
        cases = self.permission_policy.instances_user_has_permission_for(self.request.user, "view")
        return get_object_or_404(cases.select_related(*self.case_related), pk=self.kwargs["pk"])

    def redirect_to_case(self):
        return redirect(self.case_url_name, pk=self.kwargs["pk"])


class CaseView(CaseObjectMixin, TemplateView):
    """The case with its timeline and a form for each action the role and status allow."""

    template_name = "complaints/admin/case.html"
    case_related = ("agency", "category", "citizen")
    case_file_url_name = "complaints_admin:case_file"

    def get(self, request, *args, **kwargs):
        return self.render_case_page()

    def render_case_page(self, *, bound_form=None, bound_action=None, status=200):
        """The page; the form of a refused action comes back bound, with what was typed and
        why."""
        # Staff views of personal data are part of the audit trail.
        log(instance=self.case, action="complaints.case_viewed", user=self.request.user)
        return self.render_to_response(
            self.get_context_data(bound_form=bound_form, bound_action=bound_action), status=status
        )

    def get_context_data(self, *, bound_form=None, bound_action=None, **kwargs):
        case, user = self.case, self.request.user
        forms = []
        for name in workflow.available_actions(user, case):
            action = workflow.STAFF_ACTIONS[name]
            form = bound_form if name == bound_action else action.form_class()(case=case, user=user)
            forms.append((name, action.label, form))
        duplicates = []
        # Merging a likely duplicate is a rejection: listed for whoever may reject the case.
        if self.permission_policy.user_has_permission_for_instance(
            user, "reject", case
        ) and case.status in (Status.SUBMITTED, Status.REGISTERED):
            from complaints.cases.duplicates import likely_duplicates

            duplicates = likely_duplicates(case)
        case_file_url = reverse(self.case_file_url_name, args=[case.pk])
        latest_file = selectors.latest_case_file(case, CaseFile.Audience.STAFF)
        return super().get_context_data(**kwargs) | {
            "case": case,
            "duplicates": duplicates,
            "timeline": CaseEvent.objects.filter(case=case)
            .select_related("actor", "from_agency", "to_agency")
            .prefetch_related("attachments"),
            "attachments": Attachment.objects.filter(case=case),
            "action_forms": forms,
            "open_action": bound_action,
            "case_file": latest_file,
            "case_file_request_url": case_file_url,
            "case_file_download_url": f"{case_file_url}{latest_file.pk}/" if latest_file else "",
        }


class CaseActionView(CaseView):
    """Take one staff action: the registry gives its form and its workflow function. A form
    the action refuses shows the case page again from the case already read."""

    http_method_names = ["get", "post"]

    def get(self, request, *args, **kwargs):
        return self.redirect_to_case()

    def post(self, request, *args, action, **kwargs):
        declared = workflow.STAFF_ACTIONS.get(action)
        if declared is None:
            return self.redirect_to_case()
        case, user = self.case, request.user
        # An action the user's role on this case does not allow is refused before its form is
        # read, as the admin refuses anything else (the case page offered no such form).
        if not self.permission_policy.user_has_permission_for_instance(user, action, case):
            raise PermissionDenied
        form = declared.form_class()(request.POST, case=case, user=user)
        if not form.is_valid():
            return self.render_case_page(bound_form=form, bound_action=action, status=400)
        try:
            # The function locks its own copy of the case: `case` stays as read, to show again.
            declared.call(case=case, actor=user, **form.workflow_arguments())
        except workflow.WorkflowError as error:
            form.add_error(None, error.message)
            return self.render_case_page(bound_form=form, bound_action=action, status=409)
        log(instance=case, action=declared.log_action, user=user)
        messages.success(request, _("Done: %(action)s.") % {"action": declared.label})
        # A return or a reassignment may take the case out of the user's sight: asked of the
        # agency the action left it with, not of the case as first read.
        case.refresh_from_db(fields=["agency"])
        if not self.permission_policy.user_has_permission_for_instance(user, "view", case):
            return redirect(self.index_url_name)
        return self.redirect_to_case()


class CaseFileView(CaseObjectMixin, View):
    """POST asks for a fresh case file (built by a task); GET with an id downloads one."""

    def get(self, request, *args, file_id=None, **kwargs):
        case = self.case
        if file_id is None:
            return self.redirect_to_case()
        document = get_object_or_404(
            CaseFile,
            pk=file_id,
            case=case,
            ready_at__isnull=False,
            audience=CaseFile.Audience.STAFF,
        )
        return case_file_response(document)

    def post(self, request, *args, file_id=None, **kwargs):
        if file_id is not None:
            return self.get(request, *args, file_id=file_id, **kwargs)
        request_case_file(case=self.case, user=request.user, audience=CaseFile.Audience.STAFF)
        log(instance=self.case, action="complaints.case_file", user=request.user)
        messages.success(request, _("The case file is being prepared; it appears here when ready."))
        return self.redirect_to_case()


class AttachmentView(CaseObjectMixin, View):
    def get(self, request, *args, attachment_id, **kwargs):
        attachment = get_object_or_404(Attachment, case=self.case, pk=attachment_id)
        log(instance=self.case, action="complaints.attachment_downloaded", user=request.user)
        return attachment_response(attachment)

"""The staff's work on cases in the Wagtail admin: the scoped listing, the case view with the
actions the status and role allow (each action's form, label and workflow function come from
the workflow's registry of staff actions), and attachment downloads. Every lookup starts from
access.visible_cases, so an officer never reaches another agency's case by any URL."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.log_actions import log

from citizens_site.core.spreadsheets import FormulaSafeExportMixin
from complaints.backoffice.filters import CaseFilterSet
from complaints.backoffice.forms import StaffEntryForm
from complaints.cases import access, selectors, workflow
from complaints.cases.case_file import request_case_file
from complaints.cases.models import Attachment, Case, CaseEvent, CaseFile
from complaints.cases.models.cases import Status
from complaints.cases.responses import attachment_response, case_file_response


def _require_case_staff(request):
    if not access.is_case_staff(request.user):
        raise PermissionDenied


class CaseIndexView(FormulaSafeExportMixin, IndexView):
    model = Case
    permission_policy = None
    template_name = "complaints/admin/case_index.html"
    index_url_name = "complaints_admin:index"
    index_results_url_name = "complaints_admin:index_results"
    filterset_class = CaseFilterSet
    search_fields = ["reference", "subject", "citizen_name", "citizen_phone"]
    search_backend_name = None
    default_ordering = "-submitted_at"
    list_export = ["reference", "kind", "status", "agency", "category", "channel", "place",
                   "submitted_at", "due_date", "subject"]
    export_filename = "cases"
    paginate_by = 50
    page_title = gettext_lazy("Cases")
    header_icon = "tasks"
    columns = [
        TitleColumn("reference", label=gettext_lazy("Reference"), sort_key="reference",
                    url_name="complaints_admin:case"),
        Column("subject", label=gettext_lazy("Subject")),
        Column("agency", label=gettext_lazy("Agency")),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display",
               sort_key="status"),
        DateColumn("submitted_at", label=gettext_lazy("Submitted on"), sort_key="submitted_at"),
        Column("due_date", label=gettext_lazy("Due"), sort_key="due_date"),
        Column("overdue", label=gettext_lazy("Overdue"), accessor="overdue_label"),
    ]

    def dispatch(self, request, *args, **kwargs):
        _require_case_staff(request)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        cases = access.visible_cases(self.request.user).select_related("agency")
        # The archive is its own view (status "archived"); the working list leaves it out.
        if Status.ARCHIVED not in self.request.GET.getlist("status"):
            cases = cases.exclude(status=Status.ARCHIVED)
        return cases

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = dict(self.get_base_queryset().order_by().values_list("status")
                      .annotate(n=Count("pk")))
        context["can_enter_cases"] = access.is_intake(self.request.user)
        context["status_counts"] = [(value, label, counts.get(value, 0))
                                    for value, label in Status.choices if counts.get(value)]
        return context


def _visible_case(request, pk):
    """The case, if the user is case staff and may see it: the one access check and the one
    fetch of a request on a case."""
    _require_case_staff(request)
    return get_object_or_404(
        access.visible_cases(request.user).select_related("agency", "category", "citizen"),
        pk=pk)


def case_view(request, pk):
    return _case_page(request, _visible_case(request, pk))


def _case_page(request, case, *, bound_form=None, bound_action=None, status=200):
    """The case with its timeline and a form for each action the role and status allow; the
    form of a refused action comes back bound, with what was typed and why."""
    # Staff views of personal data are part of the audit trail.
    log(instance=case, action="complaints.case_viewed", user=request.user)
    forms = []
    for name in workflow.available_actions(request.user, case):
        action = workflow.STAFF_ACTIONS[name]
        form = (bound_form if name == bound_action
                else action.form_class()(case=case, user=request.user))
        forms.append((name, action.label, form))
    duplicates = []
    if access.is_intake(request.user) and case.status in (Status.SUBMITTED, Status.REGISTERED):
        from complaints.cases.duplicates import likely_duplicates

        duplicates = likely_duplicates(case)
    return TemplateResponse(request, "complaints/admin/case.html", {
        "case": case,
        "duplicates": duplicates,
        "timeline": CaseEvent.objects.filter(case=case).select_related(
            "actor", "from_agency", "to_agency").prefetch_related("attachments"),
        "attachments": Attachment.objects.filter(case=case),
        "action_forms": forms,
        "open_action": bound_action,
        **_case_file_context(case, CaseFile.Audience.STAFF,
                             reverse("complaints_admin:case_file", args=[case.pk])),
    }, status=status)


def _case_file_context(case, audience, request_url):
    latest = selectors.latest_case_file(case, audience)
    return {
        "case_file": latest, "case_file_request_url": request_url,
        "case_file_download_url": f"{request_url}{latest.pk}/" if latest else "",
    }


def case_file(request, pk, file_id=None):
    """POST asks for a fresh case file (built by a task); GET with an id downloads one."""
    _require_case_staff(request)
    case = get_object_or_404(access.visible_cases(request.user), pk=pk)
    if file_id is None:
        if request.method != "POST":
            return redirect("complaints_admin:case", pk=pk)
        request_case_file(case=case, user=request.user, audience=CaseFile.Audience.STAFF)
        log(instance=case, action="complaints.case_file", user=request.user)
        messages.success(request, _("The case file is being prepared; it appears here when ready."))
        return redirect("complaints_admin:case", pk=pk)
    document = get_object_or_404(CaseFile, pk=file_id, case=case, ready_at__isnull=False,
                                 audience=CaseFile.Audience.STAFF)
    return case_file_response(document)


def case_action(request, pk, action):
    """Take one staff action: the registry gives its form and its workflow function."""
    declared = workflow.STAFF_ACTIONS.get(action)
    if request.method != "POST" or declared is None:
        _require_case_staff(request)
        return redirect("complaints_admin:case", pk=pk)
    case = _visible_case(request, pk)
    form = declared.form_class()(request.POST, case=case, user=request.user)
    if not form.is_valid():
        return _case_page(request, case, bound_form=form, bound_action=action, status=400)
    try:
        # The function locks its own copy of the case: `case` stays as read, to show again.
        declared.call(case=case, actor=request.user, **form.workflow_arguments())
    except workflow.WorkflowError as error:
        form.add_error(None, error.message)
        return _case_page(request, case, bound_form=form, bound_action=action, status=409)
    log(instance=case, action=declared.log_action, user=request.user)
    messages.success(request, _("Done: %(action)s.") % {"action": declared.label})
    # A return or a reassignment may take the case out of the user's sight.
    if not access.visible_cases(request.user).filter(pk=pk).exists():
        return redirect(reverse("complaints_admin:index"))
    return redirect("complaints_admin:case", pk=pk)


def attachment_view(request, pk, attachment_id):
    _require_case_staff(request)
    case = get_object_or_404(access.visible_cases(request.user), pk=pk)
    attachment = get_object_or_404(Attachment, case=case, pk=attachment_id)
    log(instance=case, action="complaints.attachment_downloaded", user=request.user)
    return attachment_response(attachment)


def new_case(request):
    """Intake staff enter a case received by another channel; the citizen gets the reference
    and access code (shown here to read out, and sent by SMS or email)."""
    if not access.is_intake(request.user):
        raise PermissionDenied
    if request.method == "POST":
        form = StaffEntryForm(request.POST, request.FILES, user=request.user)
    else:
        form = StaffEntryForm(user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        phone = data["citizen_phone"].as_e164 if data["citizen_phone"] else ""
        account = None
        if data["citizen_email"]:
            from django.contrib.auth import get_user_model

            account = get_user_model().objects.filter(email__iexact=data["citizen_email"]).first()
        submission = workflow.submit_case(
            citizen=account, kind=data["kind"], category=data["category"],
            agency=data["agency"], subject=data["subject"], details=data["details"],
            place=data["place"], place_country="", consent_to_publish=data["consent_to_publish"],
            files=form.checked_files, pending_uploads=form.kept_uploads_selected(),
            submission_token=data["submission_token"], channel=data["channel"],
            entered_by=request.user,
            contact={"name": data["citizen_name"], "phone": phone,
                     "email": data["citizen_email"]},
        )
        if submission.access_code is not None:  # None: this form's case, entered already
            log(instance=submission.case, action="complaints.entered", user=request.user)
        return TemplateResponse(request, "complaints/admin/case_entered.html", {
            "case": submission.case, "access_code": submission.access_code})
    if form.is_bound:
        form.stash_valid_files()
    return TemplateResponse(request, "complaints/admin/new_case.html", {"form": form},
                            status=400 if form.errors else 200)


def publication_queue(request):
    """Intake moderators review proposed public answers, with the personal data flagged."""
    from complaints.backoffice.forms import ReviewPublicationForm
    from complaints.cases.models import PublicAnswer
    from complaints.cases.pii import find_personal_data

    if not access.is_intake(request.user):
        raise PermissionDenied
    bound = {}
    if request.method == "POST":
        proposal = get_object_or_404(PublicAnswer, pk=request.POST.get("proposal"),
                                     status=PublicAnswer.Status.PROPOSED)
        form = ReviewPublicationForm(request.POST)
        if form.is_valid():
            try:
                workflow.review_public_answer(
                    proposal=proposal, actor=request.user,
                    question=form.cleaned_data["question"], answer=form.cleaned_data["answer"],
                    approve="approve" in request.POST)
            except workflow.WorkflowError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The proposal has been reviewed."))
                return redirect("complaints_admin:publications")
        bound[proposal.pk] = form
    proposals = []
    for proposal in PublicAnswer.objects.filter(status=PublicAnswer.Status.PROPOSED
                                                ).select_related("case", "agency"):
        form = bound.get(proposal.pk) or ReviewPublicationForm(
            initial={"question": proposal.question, "answer": proposal.answer})
        flags = find_personal_data(f"{proposal.question}\n{proposal.answer}",
                                   names=[proposal.case.citizen_name])
        proposals.append((proposal, form, flags))
    return TemplateResponse(request, "complaints/admin/publication_queue.html",
                            {"proposals": proposals}, status=400 if bound else 200)

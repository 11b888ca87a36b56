"""Intake's own admin pages: a case received by another channel, typed in on the citizen's
behalf, and the queue of public answers proposed for publication. The permission policy
gives both to intake only."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.log_actions import log

from complaints.backoffice.forms import ReviewPublicationForm, StaffEntryForm
from complaints.backoffice.permissions import case_permission_policy
from complaints.cases import uploads, workflow
from complaints.cases.models import PublicAnswer
from complaints.cases.pii import find_personal_data


class NewCaseView(PermissionCheckedMixin, TemplateView):
    """Intake staff enter a case received by another channel; the citizen gets the reference
    and access code (shown here to read out, and sent by SMS or email)."""

    permission_policy = case_permission_policy
    permission_required = "add"
    template_name = "complaints/admin/new_case.html"

    def get(self, request, *args, **kwargs):
        return self.render_to_response({"form": StaffEntryForm(user=request.user)})

    def post(self, request, *args, **kwargs):
        form = StaffEntryForm(request.POST, request.FILES, user=request.user)
        if not form.is_valid():
            form.show_kept(uploads.keep_checked_files(request.user, form.checked_files))
            return self.render_to_response({"form": form}, status=400)
        data = form.cleaned_data
        phone = data["citizen_phone"].as_e164 if data["citizen_phone"] else ""
        account = None
        if data["citizen_email"]:
            account = get_user_model().objects.filter(email__iexact=data["citizen_email"]).first()
        try:
            submission = workflow.submit_case(
                citizen=account,
                kind=data["kind"],
                category=data["category"],
                agency=data["agency"],
                subject=data["subject"],
                details=data["details"],
                place=data["place"],
                place_country="",
                consent_to_publish=data["consent_to_publish"],
                files=form.checked_files,
                pending_uploads=form.kept_uploads_selected(),
                submission_token=data["submission_token"],
                channel=data["channel"],
                entered_by=request.user,
                contact={
                    "name": data["citizen_name"],
                    "phone": phone,
                    "email": data["citizen_email"],
                },
            )
        except workflow.NotSaved:
            form.show_not_saved()
            return self.render_to_response({"form": form}, status=503)
        if submission.access_code is not None:  # None: this form's case, entered already
            log(instance=submission.case, action="complaints.entered", user=request.user)
        return TemplateResponse(
            request,
            "complaints/admin/case_entered.html",
            {"case": submission.case, "access_code": submission.access_code},
        )


class PublicationQueueView(PermissionCheckedMixin, TemplateView):
    """Intake moderators review proposed public answers, with the personal data flagged."""

    permission_policy = case_permission_policy
    permission_required = "review_publication"
    template_name = "complaints/admin/publication_queue.html"

    def get(self, request, *args, **kwargs):
        return self.render_queue()

    def post(self, request, *args, **kwargs):
        proposal = get_object_or_404(
            PublicAnswer, pk=request.POST.get("proposal"), status=PublicAnswer.Status.PROPOSED
        )
        form = ReviewPublicationForm(request.POST)
        if form.is_valid():
            try:
                workflow.review_public_answer(
                    proposal=proposal,
                    actor=request.user,
                    question=form.cleaned_data["question"],
                    answer=form.cleaned_data["answer"],
                    approve="approve" in request.POST,
                )
            except workflow.WorkflowError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The proposal has been reviewed."))
                return redirect("complaints_admin:publications")
        return self.render_queue(bound={proposal.pk: form})

    def render_queue(self, bound=None):
        bound = bound or {}
        proposals = []
        for proposal in PublicAnswer.objects.filter(
            status=PublicAnswer.Status.PROPOSED
        ).select_related("case", "agency"):
            form = bound.get(proposal.pk) or ReviewPublicationForm(
                initial={"question": proposal.question, "answer": proposal.answer}
            )
            flags = find_personal_data(
                f"{proposal.question}\n{proposal.answer}", names=[proposal.case.citizen_name]
            )
            proposals.append((proposal, form, flags))
        return self.render_to_response({"proposals": proposals}, status=400 if bound else 200)

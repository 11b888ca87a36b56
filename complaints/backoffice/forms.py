"""The staff's action forms on a case. Each staff action names its form where it is declared
(complaints.cases.workflow.actions); the form gives the action's workflow function its keyword
arguments (``workflow_arguments``). Each carries the case version it was opened at, so a
second person acting at the same time is told instead of overwriting."""

from django import forms
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from citizens_site.core.geography import place_choices
from citizens_site.core.text import clean_line, clean_paragraphs
from complaints.agencies.models import Agency, Category, Kind
from complaints.cases import access
from complaints.cases.forms import AttachmentsMixin, OneCasePerFormMixin, ReferenceField
from complaints.cases.models import Case
from complaints.cases.models.cases import Channel, Priority
from complaints.cases.outcomes import Cause, RejectionReason, resolution_choices


class ActionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    message_required = False
    # The workflow function's keyword arguments, each from a cleaned field: {argument: field}.
    arguments = {}

    def __init__(self, *args, case, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.case, self.user = case, user
        self.fields["version"].initial = case.version

    def clean_message(self):
        message = clean_paragraphs(self.cleaned_data.get("message", ""))
        if self.message_required and not message:
            raise forms.ValidationError(_("Write the message."))
        return message

    def workflow_arguments(self):
        """What the valid form gives the action's workflow function, besides case and actor."""
        data = self.cleaned_data
        return {
            "expected_version": data["version"],
            **{argument: data[field] for argument, field in self.arguments.items()},
        }


def _message(label, required=True):
    return forms.CharField(
        label=label, required=required, max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )


def _agency_field(label, queryset):
    return forms.ModelChoiceField(label=label, queryset=queryset.order_by("path"))


class RegisterForm(ActionForm):
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    category = forms.ModelChoiceField(label=_("Category"), queryset=Category.objects.active())
    agency = _agency_field(_("Agency"), Agency.objects.filter(is_active=True))
    priority = forms.ChoiceField(label=_("Priority"), choices=Priority.choices)
    arguments = {"kind": "kind", "category": "category", "agency": "agency", "priority": "priority"}

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, case=case, **kwargs)
        self.fields["kind"].initial = case.kind
        self.fields["category"].initial = case.category_id
        self.fields["agency"].initial = case.agency_id
        self.fields["priority"].initial = case.priority

    def clean(self):
        cleaned = super().clean()
        category, kind = cleaned.get("category"), cleaned.get("kind")
        if category and kind and kind not in category.kinds:
            self.add_error("category", _("This category does not take this kind."))
        return cleaned


class ReferForm(ActionForm):
    agency = _agency_field(_("Refer to"), Agency.objects.filter(is_active=True))
    message = _message(_("Reason (internal)"), required=False)
    arguments = {"agency": "agency", "reason": "message"}


class ReplyForm(ActionForm):
    message = _message(_("Reply to the citizen"))
    message_required = True
    arguments = {"message": "message"}


class NoteForm(ActionForm):
    message = _message(_("Internal note (never shown to the citizen)"))
    message_required = True
    arguments = {"message": "message"}


class RequestInfoForm(ActionForm):
    message = _message(_("What the citizen should send"))
    message_required = True
    arguments = {"message": "message"}


class ResolveForm(ActionForm):
    resolution = forms.ChoiceField(label=_("Outcome"))
    cause = forms.ChoiceField(label=_("Cause"), choices=Cause.choices)
    message = _message(_("Answer to the citizen"))
    message_required = True
    arguments = {"resolution": "resolution", "cause": "cause", "message": "message"}

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, case=case, **kwargs)
        self.fields["resolution"].choices = resolution_choices(case.kind)


class CloseForm(ActionForm):
    pass


class ReopenForm(ActionForm):
    message = _message(_("Reason for reopening"))
    message_required = True
    arguments = {"reason": "message"}


class RejectForm(ActionForm):
    reason = forms.ChoiceField(label=_("Reason"), choices=RejectionReason.choices)
    duplicate_of = ReferenceField(
        label=_("Duplicate of (reference number)"), required=False, max_length=30
    )
    message = _message(_("Message to the citizen"), required=False)
    arguments = {"reason": "reason", "message": "message", "merge_into": "merge_into"}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == RejectionReason.DUPLICATE:
            reference = cleaned.get("duplicate_of")
            other = Case.objects.filter(reference=reference).exclude(pk=self.case.pk).first()
            if other is None:
                self.add_error("duplicate_of", _("Enter the reference of the case it duplicates."))
            cleaned["merge_into"] = other
        else:
            cleaned["merge_into"] = None
        return cleaned


class ReturnForm(ActionForm):
    message = _message(_("Why this case is not your agency's"))
    message_required = True
    arguments = {"reason": "message"}


class ReassignForm(ActionForm):
    agency = _agency_field(_("Reassign to"), Agency.objects.none())
    message = _message(_("Reason (internal)"), required=False)
    arguments = {"agency": "agency", "reason": "message"}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.fields["agency"].queryset = (
            access.visible_agencies(user).filter(is_active=True).order_by("path")
        )


class EscalateForm(ActionForm):
    message = _message(_("Reason (internal)"), required=False)
    arguments = {"reason": "message"}


class ProposePublicationForm(ActionForm):
    question = forms.CharField(
        label=_("Question, anonymised"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    answer = forms.CharField(
        label=_("Answer, anonymised"), max_length=5000, widget=forms.Textarea(attrs={"rows": 5})
    )
    arguments = {"question": "question", "answer": "answer"}


class ReviewPublicationForm(forms.Form):
    question = forms.CharField(
        label=_("Question"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    answer = forms.CharField(
        label=_("Answer"), max_length=5000, widget=forms.Textarea(attrs={"rows": 5})
    )


class StaffEntryForm(OneCasePerFormMixin, AttachmentsMixin):
    """A case received by phone, in person, by letter or by email, typed in by intake staff,
    with the documents the citizen brought or sent (scanned). Files that pass their checks
    are kept when the rest of the form does not, as on the citizens' form."""

    channel = forms.ChoiceField(
        label=_("Received by"),
        choices=[(c.value, c.label) for c in Channel if c.value not in ("web", "api")],
    )
    citizen_name = forms.CharField(label=_("Citizen's full name"), max_length=150)
    citizen_phone = PhoneNumberField(label=_("Citizen's mobile phone"), region="IQ", required=False)
    citizen_email = forms.EmailField(label=_("Citizen's email"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    agency = _agency_field(_("Agency"), Agency.objects.filter(is_active=True))
    category = forms.ModelChoiceField(label=_("Category"), queryset=Category.objects.active())
    subject = forms.CharField(label=_("Subject"), max_length=200)
    details = forms.CharField(label=_("Details"), max_length=5000, widget=forms.Textarea)
    place = forms.ChoiceField(label=_("Where it happened"), choices=place_choices)
    consent_to_publish = forms.BooleanField(
        label=_("Consents to anonymised publication"), required=False
    )
    field_order = [
        "channel",
        "citizen_name",
        "citizen_phone",
        "citizen_email",
        "kind",
        "agency",
        "category",
        "subject",
        "details",
        "place",
        "attachments",
        "kept_uploads",
        "consent_to_publish",
        "submission_token",
    ]

    def clean_citizen_name(self):
        return clean_line(self.cleaned_data["citizen_name"])

    def clean_subject(self):
        return clean_line(self.cleaned_data["subject"])

    def clean_details(self):
        return clean_paragraphs(self.cleaned_data["details"])

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("citizen_phone") and not cleaned.get("citizen_email"):
            self.add_error(
                "citizen_phone",
                _(
                    "Give a phone number or an email address, so the "
                    "citizen can receive the reference."
                ),
            )
        category, kind = cleaned.get("category"), cleaned.get("kind")
        if category and kind and kind not in category.kinds:
            self.add_error("category", _("This category does not take this kind."))
        return cleaned

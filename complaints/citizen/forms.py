"""Citizen-facing forms: submission, reply, rating, and the follow-up look-ups."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from phonenumber_field.formfields import PhoneNumberField

from citizens_site.core import resubmission
from citizens_site.core.geography import ABROAD, place_choices
from citizens_site.core.text import clean_line, clean_paragraphs
from complaints.agencies.models import Agency, Category, Kind
from complaints.cases.forms import AttachmentsMixin, OneCasePerFormMixin, ReferenceField
from complaints.cases.identifiers import normalize_access_code, to_ascii_digits

AGENCY_GROUPS = [
    (Agency.AgencyKind.GENERAL_SECRETARIAT, _("General Secretariat of the Council of Ministers")),
    (Agency.AgencyKind.MINISTRY, _("Ministries")),
    (Agency.AgencyKind.GOVERNORATE, _("Governorates")),
    (Agency.AgencyKind.INDEPENDENT_BODY, _("Independent bodies")),
]


def agency_choices():
    """Agencies grouped by kind of top-level body, each followed by its formations."""
    agencies = list(Agency.objects.filter(is_active=True).order_by("path"))
    top_kind = {}
    groups = {kind: [] for kind, _label in AGENCY_GROUPS}
    for agency in agencies:
        root_path = agency.path[: Agency.steplen]
        if agency.depth == 1:
            top_kind[root_path] = agency.kind
        kind = top_kind.get(root_path)
        if kind in groups:
            indent = "\u2003" * (agency.depth - 1) + ("– " if agency.depth > 1 else "")
            groups[kind].append((agency.pk, f"{indent}{agency.name}"))
    return [("", _("Choose the body concerned"))] + [
        (label, groups[kind]) for kind, label in AGENCY_GROUPS if groups[kind]
    ]


def category_map():
    """{agency id: {kind: [category ids]}} for narrowing the category list in the browser."""
    agencies = list(Agency.objects.filter(is_active=True).only("pk", "path"))
    by_path = {a.path: a.pk for a in agencies}
    result = {a.pk: {k: [] for k in Kind.values} for a in agencies}
    for category in Category.objects.active().prefetch_related("agencies"):
        if category.all_agencies:
            targets = result.keys()
        else:
            targets = set()
            for handler in category.agencies.all():
                for depth in range(1, len(handler.path) // Agency.steplen + 1):
                    ancestor = by_path.get(handler.path[: depth * Agency.steplen])
                    if ancestor:
                        targets.add(ancestor)
        for agency_id in targets:
            for kind in category.kinds:
                result[agency_id][kind].append(category.pk)
    return result


class SubmissionForm(OneCasePerFormMixin, AttachmentsMixin):
    # Each "required" message says what to do, not that something is missing (WCAG 3.3.3).
    agency = forms.TypedChoiceField(
        label=_("The body concerned"),
        coerce=int,
        error_messages={"required": _("Choose the body concerned.")},
    )
    kind = forms.ChoiceField(
        label=_("What would you like to send?"),
        choices=Kind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whether you are sending a request, a complaint or a suggestion.")
        },
    )
    category = forms.ModelChoiceField(
        label=_("Category"),
        queryset=Category.objects.none(),
        empty_label=_("Choose a category"),
        error_messages={
            "required": _("Choose the category of your request."),
            "invalid_choice": _(
                "Choose a category from the list: it shows the ones the body concerned handles."
            ),
        },
    )
    subject = forms.CharField(
        label=_("Subject"),
        max_length=200,
        help_text=_("A short title, for example: delay in issuing my national card."),
        error_messages={"required": _("Enter the subject of your request.")},
    )
    details = forms.CharField(
        label=_("Details"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "What happened, when and where, and what you are asking for. Up to 5,000 characters."
        ),
        error_messages={
            "required": _(
                "Describe your request: what happened, when and where, and what you are asking for."
            )
        },
    )
    place = forms.ChoiceField(
        label=_("Where did it happen?"),
        error_messages={"required": _("Choose the governorate where it happened, or abroad.")},
    )
    place_country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        help_text=_("Only if it happened outside Iraq."),
    )
    consent_to_publish = forms.BooleanField(
        label=_(
            "I agree that an anonymised version of my question and the answer may be "
            "published to help other citizens (no name, phone or other personal data)."
        ),
        required=False,
    )

    field_order = [
        "agency",
        "kind",
        "category",
        "subject",
        "details",
        "place",
        "place_country",
        "attachments",
        "kept_uploads",
        "consent_to_publish",
        "submission_token",
    ]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.fields["agency"].choices = agency_choices()
        self.fields["place"].choices = [("", _("Choose a governorate")), *place_choices()]
        self.fields["place_country"].choices = [
            ("", _("Choose a country")),
            *[(c.code, c.name) for c in countries if c.code != "IQ"],
        ]
        if not self.is_bound:
            self.initial.setdefault("place", user.residence)
            self.initial.setdefault("place_country", user.residence_country.code or "")
        self.fields["category"].queryset = self.category_queryset()

    def selected(self, name):
        value = self.data.get(name) if self.is_bound else self.initial.get(name)
        return value or None

    def selected_agency(self):
        try:
            return Agency.objects.filter(pk=int(self.selected("agency")), is_active=True).first()
        except (TypeError, ValueError):
            return None

    def category_queryset(self):
        """Only what the chosen body handles for the chosen kind; everything until both are
        chosen (the browser narrows the list live; without JavaScript, "Update categories")."""
        queryset = Category.objects.active()
        agency, kind = self.selected_agency(), self.selected("kind")
        if agency is not None:
            queryset = queryset.for_agency(agency)
        if kind in Kind.values:
            queryset = queryset.for_kind(kind)
        return queryset.order_by("code")

    def clean_subject(self):
        subject = clean_line(self.cleaned_data["subject"])
        if not subject:
            raise ValidationError(_("Write a subject."))
        return subject

    def clean_details(self):
        details = clean_paragraphs(self.cleaned_data["details"])
        if len(details) < 10:
            raise ValidationError(_("Describe your request in a few words at least."))
        return details

    def clean(self):
        cleaned = super().clean()
        agency = self.selected_agency()
        if cleaned.get("agency") and agency is None:
            self.add_error("agency", _("Choose the body concerned from the list."))
        cleaned["agency"] = agency
        if cleaned.get("place") == ABROAD and not cleaned.get("place_country"):
            self.add_error("place_country", _("Choose the country."))
        elif cleaned.get("place") != ABROAD:
            cleaned["place_country"] = ""
        return cleaned


class ReplyForm(AttachmentsMixin):
    message = forms.CharField(
        label=_("Your reply"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Write your reply.")},
    )
    field_order = ["message", "attachments", "kept_uploads"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        resubmission.add_token(self)

    def clean_message(self):
        message = clean_paragraphs(self.cleaned_data["message"])
        if not message:
            raise ValidationError(_("Write your reply."))
        return message


class RatingForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How satisfied are you with the answer?"),
        coerce=int,
        choices=[
            (5, _("5 – very satisfied")),
            (4, _("4 – satisfied")),
            (3, _("3 – neutral")),
            (2, _("2 – dissatisfied")),
            (1, _("1 – very dissatisfied")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how satisfied you are with the answer.")},
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_comment(self):
        return clean_paragraphs(self.cleaned_data["comment"])


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Why are you withdrawing it? (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_reason(self):
        return clean_paragraphs(self.cleaned_data["reason"])


class JumpToCaseForm(forms.Form):
    reference = ReferenceField(
        label=_("Reference number"),
        max_length=30,
        widget=forms.TextInput(attrs={"dir": "ltr", "inputmode": "numeric", "autocomplete": "off"}),
    )


class TrackForm(JumpToCaseForm):
    access_code = forms.CharField(
        label=_("Access code"),
        max_length=40,
        widget=forms.TextInput(attrs={"dir": "ltr", "inputmode": "numeric", "autocomplete": "off"}),
    )

    def clean_access_code(self):
        return normalize_access_code(self.cleaned_data["access_code"])


class PhoneForm(forms.Form):
    phone = PhoneNumberField(
        label=_("Mobile phone"),
        region="IQ",
        help_text=_("The number you gave with your requests, for example 0770 123 4567."),
        widget=forms.TextInput(attrs={"dir": "ltr", "inputmode": "tel", "autocomplete": "tel"}),
        error_messages={
            "invalid": _(
                "Enter a valid mobile number, for example 0770 123 4567 or +44 7911 123456."
            )
        },
    )


class PhoneCodeForm(forms.Form):
    code = forms.CharField(
        label=_("The code we sent you"),
        max_length=10,
        widget=forms.TextInput(
            attrs={"dir": "ltr", "inputmode": "numeric", "autocomplete": "one-time-code"}
        ),
    )

    def clean_code(self):
        return to_ascii_digits(self.cleaned_data["code"]).strip()


class ContestForm(forms.Form):
    reason = forms.CharField(
        label=_("Why do you contest the answer?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_reason(self):
        reason = clean_paragraphs(self.cleaned_data["reason"])
        if not reason:
            raise ValidationError(_("Say why you contest the answer."))
        return reason


class AnsweredFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    agency = forms.ModelChoiceField(
        label=_("Agency"),
        required=False,
        queryset=Agency.objects.filter(depth=1, is_active=True).order_by("path"),
        empty_label=_("All agencies"),
    )
    category = forms.ModelChoiceField(
        label=_("Category"),
        required=False,
        queryset=Category.objects.active().order_by("code"),
        empty_label=_("All categories"),
    )

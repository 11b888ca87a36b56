"""Forms for citizens' accounts: the mandatory personal details at sign-up and in the profile,
and the code that confirms a new mobile number."""

import unicodedata

import phonenumbers
from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from phonenumber_field.formfields import PhoneNumberField

from citizens_site.core.geography import ABROAD, place_choices
from citizens_site.core.models import User
from citizens_site.core.text import clean_line


def _country_choices():
    return [("", _("Choose a country")), *[(c.code, c.name) for c in countries if c.code != "IQ"]]


class CitizenDetailsMixin(forms.Form):
    """Full name, mobile phone and residence, validated the same way at sign-up and later."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        help_text=_("As on your national ID card, for example: Ali Hassan Kadhim Al-Saadi."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = PhoneNumberField(
        label=_("Mobile phone"),
        region="IQ",
        help_text=_(
            "An Iraqi number such as 0770 123 4567, or a foreign number with its "
            "country code, such as +44 7911 123456."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel", "dir": "ltr"}),
        error_messages={
            "invalid": _(
                "Enter a valid mobile number, for example 0770 123 4567 or +44 7911 123456."
            )
        },
    )
    residence = forms.ChoiceField(
        label=_("Where do you live?"),
        choices=[("", _("Choose a governorate")), *place_choices()],
    )
    residence_country = forms.ChoiceField(
        label=_("Country of residence"),
        required=False,
        choices=_country_choices,
        help_text=_("Only if you live outside Iraq."),
    )

    def clean_full_name(self):
        name = clean_line(self.cleaned_data["full_name"])
        if len(name) < 3:
            raise forms.ValidationError(_("Enter your full name."))
        return name

    def clean_phone(self):
        number = self.cleaned_data["phone"]
        kind = phonenumbers.number_type(number)
        if kind not in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            raise forms.ValidationError(_("Enter a mobile number that can receive text messages."))
        return number

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("residence") == ABROAD and not cleaned.get("residence_country"):
            self.add_error("residence_country", _("Choose the country you live in."))
        elif cleaned.get("residence") and cleaned.get("residence") != ABROAD:
            cleaned["residence_country"] = ""
        return cleaned

    def save_details(self, user):
        for field in ("full_name", "phone", "residence", "residence_country"):
            setattr(user, field, self.cleaned_data[field])


class CitizenDetailsSignupForm(CitizenDetailsMixin):
    """Extra fields on allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    def signup(self, request, user):
        self.save_details(user)
        user.save()


class ProfileForm(CitizenDetailsMixin):
    notify_by_sms = forms.BooleanField(
        label=_("Also tell me by text message when one of my requests changes"),
        required=False,
    )

    queue_digest = forms.BooleanField(
        label=_("Staff: send me a daily email when cases in my queue wait past their triage time"),
        required=False,
    )

    def __init__(self, *args, instance: User, **kwargs):
        self.instance = instance
        initial = {
            "full_name": instance.full_name,
            "phone": instance.phone,
            "residence": instance.residence,
            "residence_country": instance.residence_country.code or "",
            "notify_by_sms": instance.notify_by_sms,
            "queue_digest": instance.queue_digest,
        }
        super().__init__(*args, initial=initial, **kwargs)
        from citizens_site.core.accounts.adapter import is_staff_member

        if not is_staff_member(instance):
            del self.fields["queue_digest"]

    @property
    def changes_phone(self):
        """A new number waits for the code texted to it (``phone_change``); the rest is
        saved at once."""
        return self.cleaned_data["phone"] != self.instance.phone

    def save(self):
        phone = self.instance.phone
        self.save_details(self.instance)
        self.instance.phone = phone
        self.instance.notify_by_sms = self.cleaned_data["notify_by_sms"]
        fields = ["full_name", "residence", "residence_country", "notify_by_sms"]
        if "queue_digest" in self.fields:
            self.instance.queue_digest = self.cleaned_data["queue_digest"]
            fields.append("queue_digest")
        self.instance.save(update_fields=fields)
        return self.instance


class PhoneCodeForm(forms.Form):
    code = forms.CharField(
        label=_("The code we sent you"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"dir": "ltr", "inputmode": "numeric", "autocomplete": "one-time-code"}
        ),
    )

    def clean_code(self):
        # Phones type Arabic-Indic or Persian digits as readily as Western ones.
        return "".join(
            str(unicodedata.digit(ch)) for ch in self.cleaned_data["code"] if ch.isdigit()
        )

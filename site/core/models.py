"""The portal's user and its site-wide settings."""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from citizens_site.core.geography import place_choices
from citizens_site.core.i18n import localized


class EmailUserManager(UserManager):
    """Users sign in with their email address; there is no separate username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """Citizens and staff alike; the email address is the sign-in name.

    Declared before the first migration because Django cannot swap the user model later.
    """

    username = None
    email = models.EmailField(_("email address"), unique=True)
    # One field for the whole name: Iraqi names run to three or four parts, in that order.
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    phone = PhoneNumberField(_("mobile phone"), blank=True, db_index=True)
    residence = models.CharField(
        _("place of residence"),
        max_length=20,
        blank=True,
        choices=place_choices,
        help_text=_("The governorate the citizen lives in, or outside Iraq."),
    )
    residence_country = CountryField(_("country of residence"), blank=True)
    queue_digest = models.BooleanField(
        _("daily queue digest"),
        default=True,
        help_text=_("Staff: one email a day when cases in my queue wait past their triage time."),
    )
    notify_by_sms = models.BooleanField(
        _("SMS notifications"),
        default=False,
        help_text=_("Also send a text message when a request changes."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = EmailUserManager()

    # Sessions signed in before this moment are ended at their next request: how an
    # administrator signs a person out everywhere (core.session_limits).
    sessions_ended_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email

    def get_full_name(self):
        return self.full_name or super().get_full_name()

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else super().get_short_name()

    @property
    def has_citizen_details(self):
        """Whether the mandatory personal fields a submission needs are filled in."""
        return bool(self.full_name and self.phone and self.residence)


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Contact details shown in every page's footer.

    The address is language-bound text kept as one field per language (like the reference
    data), because a setting is one row per site, not one per locale.
    """

    hotline = models.CharField(
        _("hotline"),
        max_length=20,
        blank=True,
        help_text=_("Short number or full telephone number citizens can call."),
    )
    phone = models.CharField(_("telephone"), max_length=30, blank=True)
    email = models.EmailField(_("contact email"), blank=True)
    working_hours_ar = models.CharField(_("working hours (Arabic)"), max_length=120, blank=True)
    working_hours_ckb = models.CharField(
        _("working hours (Central Kurdish)"), max_length=120, blank=True
    )
    working_hours_en = models.CharField(_("working hours (English)"), max_length=120, blank=True)
    address_ar = models.CharField(_("address (Arabic)"), max_length=255, blank=True)
    address_ckb = models.CharField(_("address (Central Kurdish)"), max_length=255, blank=True)
    address_en = models.CharField(_("address (English)"), max_length=255, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("hotline"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("How to reach us"),
        ),
        MultiFieldPanel(
            [FieldPanel("address_ar"), FieldPanel("address_ckb"), FieldPanel("address_en")],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("working_hours_ar"),
                FieldPanel("working_hours_ckb"),
                FieldPanel("working_hours_en"),
            ],
            heading=_("Working hours"),
        ),
    ]

    class Meta:
        verbose_name = _("contact details")

    @property
    def address(self):
        return localized(self, "address")

    @property
    def working_hours(self):
        return localized(self, "working_hours")

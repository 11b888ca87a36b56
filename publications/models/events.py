"""Seminars, meetings, workshops and occasions, with calendar files and optional registration.

Times are entered and shown in Baghdad time (TIME_ZONE) and stored in UTC.
"""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from django_ratelimit.core import is_ratelimited
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.forms.models import AbstractFormField, EmailFormMixin, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin

from citizens_site.core import mail, resubmission
from citizens_site.core.content.pages import PROMOTE_PANELS, SUMMARY_PANEL, ContentPage, ListingPage
from citizens_site.core.geography import Governorate
from citizens_site.core.text import clean_line, clean_paragraphs

from ..calendar import calendar_response
from ..choices import EventKind
from ..filters import EventFilter


class EventPage(RoutablePageMixin, EmailFormMixin, FormMixin, ContentPage):
    """An event; with "take registrations" on, its questions (Wagtail's form builder) are
    asked at ``register/`` until the event starts. The organisers' copy of each registration
    is mailed from a task, never during the visitor's request."""

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=EventKind.choices,
        default=EventKind.SEMINAR,
        db_index=True,
    )
    start = models.DateTimeField(_("starts"), db_index=True, help_text=_("Baghdad time."))
    end = models.DateTimeField(_("ends"), db_index=True, help_text=_("Baghdad time."))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    governorate = models.CharField(
        _("governorate"),
        max_length=20,
        choices=Governorate.choices,
        blank=True,
        db_index=True,
        help_text=_("Leave empty for an event held online only."),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Where to join if the event is online."),
    )
    takes_registrations = models.BooleanField(
        _("take registrations"),
        default=False,
        help_text=_("Ask the questions below on a registration form until the event starts."),
    )
    registration_intro = models.TextField(_("registration introduction"), blank=True)
    registration_thanks = RichTextField(
        _("registration confirmation"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after a successful registration."),
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("governorate"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        SUMMARY_PANEL,
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    registration_panels = [
        FormSubmissionsPanel(),
        FieldPanel("takes_registrations"),
        FieldPanel("registration_intro"),
        InlinePanel("form_fields", label=_("Questions")),
        FieldPanel("registration_thanks"),
        MultiFieldPanel(
            [FieldPanel("to_address"), FieldPanel("subject")],
            heading=_("Send each registration to"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(PROMOTE_PANELS, heading=_("Promote")),
            ObjectList(ContentPage.settings_panels, heading=_("Settings")),
        ]
    )

    parent_page_types = ["publications.EventIndexPage"]
    subpage_types = []
    # The page itself, not FormMixin's "form" and "landing" previews.
    preview_modes = ContentPage.DEFAULT_PREVIEW_MODES

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def place(self):
        """The venue and its governorate, the governorate left out when the venue already names
        it, joined with the language's own comma (Arabic and Kurdish write "،")."""
        governorate = str(self.get_governorate_display()) if self.governorate else ""
        if not governorate or governorate in self.venue:
            return self.venue
        return pgettext("joins a place to its governorate", "%(venue)s, %(governorate)s") % {
            "venue": self.venue,
            "governorate": governorate,
        }

    @property
    def listing_date(self):
        return timezone.localdate(self.start)

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def has_started(self):
        return self.start <= timezone.now()

    @property
    def registration_is_open(self):
        return self.takes_registrations and not self.has_started

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if not self.venue and not self.online_url:
            errors["venue"] = _("Give a venue, an online link, or both.")
        if self.venue and not self.governorate:
            errors["governorate"] = _("Say in which governorate the venue is.")
        if errors:
            raise ValidationError(errors)

    def search_text_parts(self):
        return [*super().search_text_parts(), self.venue, self.get_governorate_display()]

    @path("register/", name="register")
    def register(self, request):
        if not self.takes_registrations:
            raise Http404
        context = self.get_context(request)
        template = "publications/event_registration.html"
        if self.has_started:
            return TemplateResponse(request, template, {**context, "closed": True})
        if request.method == "POST":
            form = self.get_form(request.POST, page=self, user=request.user)
            # Anti-automation: every form a script fills mails the organisers, so each client
            # may register a few times an hour, whatever event (it is counted on the
            # citizen's address behind the proxy, like every limit).
            if is_ratelimited(
                request,
                group="event-registration",
                key="ip",
                rate=settings.EVENT_REGISTRATIONS_PER_HOUR,
                method="POST",
                increment=True,
            ):
                form.is_valid()
                form.add_error(
                    None,
                    _(
                        "Too many registrations were sent from your connection "
                        "in the last hour. Please try again later."
                    ),
                )
                return TemplateResponse(request, template, {**context, "form": form}, status=429)
            if form.is_valid():
                # Kept out of the stored answers and the organisers' mail.
                token = form.cleaned_data.pop(resubmission.TOKEN_FIELD)
                # The same form again (a double click, a resent page) registers once and is
                # answered as the first was.
                if resubmission.claim(f"event-registration:{self.pk}", token):
                    self.process_form_submission(form)
                return TemplateResponse(request, "publications/event_registered.html", context)
        else:
            form = self.get_form(page=self, user=request.user)
        return TemplateResponse(request, template, {**context, "form": form})

    def get_form(self, *args, **kwargs):
        return resubmission.add_token(super().get_form(*args, **kwargs))

    @path("ical/", name="ics")
    def ics(self, request):
        return calendar_response(
            [self], name=self.title, filename=f"event-{self.pk}.ics", request=request
        )

    def process_form_submission(self, form):
        """Store (and mail) the answers as every form of the portal keeps free text: no
        direction overrides or control characters, one line where the question takes one."""
        for name, field in form.fields.items():
            if type(field) is forms.CharField and isinstance(form.cleaned_data.get(name), str):
                clean = clean_paragraphs if isinstance(field.widget, forms.Textarea) else clean_line
                form.cleaned_data[name] = clean(form.cleaned_data[name])
        return super().process_form_submission(form)

    def get_submissions_list_view_class(self):
        from ..admin_views import RegistrationsListView  # admin views load after the models

        return RegistrationsListView

    def send_mail(self, form):
        """The organisers' copy, in the event's language and the portal's mail layout."""
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        mail.send(
            "publications/email/registration",
            {
                "page": self,
                "event_subject": self.subject or self.title,
                "answers": self.registration_answers(form),
            },
            to=addresses,
            language=self.locale.language_code,
            after_commit=False,  # called once Wagtail has saved the registration
        )

    def registration_answers(self, form):
        """(question, answer) pairs, as Wagtail's ``render_email`` writes them."""
        answers = []
        for field in form:
            if field.name not in form.cleaned_data:
                continue
            value = form.cleaned_data[field.name]
            if isinstance(value, list):
                value = ", ".join(value)
            elif isinstance(value, datetime.datetime):
                value = date_format(value, "SHORT_DATETIME_FORMAT")
            elif isinstance(value, datetime.date):
                value = date_format(value, "SHORT_DATE_FORMAT")
            answers.append((field.label, value))
        return answers


class EventIndexPage(RoutablePageMixin, ListingPage):
    """Upcoming events first (the default view), past events on request, and a calendar feed
    any calendar application can subscribe to."""

    child_model = EventPage
    filterset_class = EventFilter
    subpage_types = ["publications.EventPage"]
    # How far back the calendar feed reaches, so subscribers keep recent history.
    CALENDAR_PAST_DAYS = 90

    class Meta:
        verbose_name = _("event listing")

    def filter_data(self, request):
        data = request.GET.copy()
        data.setdefault("when", "upcoming")
        return data

    @path("ical/", name="calendar")
    def calendar(self, request):
        since = timezone.now() - timezone.timedelta(days=self.CALENDAR_PAST_DAYS)
        events = self.listed_pages(request).filter(end__gte=since).order_by("start")
        return calendar_response(events, name=self.title, filename="events.ics", request=request)


class RegistrationField(TranslatableMixin, AbstractFormField):
    """One question of an event's registration form. Translatable, so wagtail-localize gives
    translators its label, help text and choices with the rest of the event."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="form_fields")

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass

"""Seminars, meetings, workshops and occasions, with calendar files and optional registration.

Times are entered and shown in Baghdad time (TIME_ZONE) and stored in UTC.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from citizens_site.core.geography import Governorate
from citizens_site.core.pages import PROMOTE_PANELS, SUMMARY_PANEL, ContentPage, ListingPage
from citizens_site.core.tasks import send_email

from ..calendar import calendar_response
from ..choices import EventKind
from ..filters import EventFilter


class EventPage(RoutablePageMixin, ContentPage):
    kind = models.CharField(
        _("kind"), max_length=20, choices=EventKind.choices, default=EventKind.SEMINAR,
        db_index=True,
    )
    start = models.DateTimeField(_("starts"), db_index=True, help_text=_("Baghdad time."))
    end = models.DateTimeField(_("ends"), db_index=True, help_text=_("Baghdad time."))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    governorate = models.CharField(
        _("governorate"), max_length=20, choices=Governorate.choices, blank=True, db_index=True,
        help_text=_("Leave empty for an event held online only."),
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Where to join if the event is online."),
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

    parent_page_types = ["publications.EventIndexPage"]
    subpage_types = ["publications.EventRegistrationPage"]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def listing_date(self):
        return timezone.localdate(self.start)

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def has_started(self):
        return self.start <= timezone.now()

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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["registration"] = (
            EventRegistrationPage.objects.child_of(self).live().first()
        )
        return context

    @path("ical/", name="ics")
    def ics(self, request):
        return calendar_response([self], name=self.title, filename=f"event-{self.pk}.ics",
                                 request=request)


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
        return calendar_response(events, name=self.title, filename="events.ics",
                                 request=request)


class RegistrationField(AbstractFormField):
    page = ParentalKey(
        "EventRegistrationPage", on_delete=models.CASCADE, related_name="form_fields"
    )


class EventRegistrationPage(AbstractEmailForm):
    """Registration for one event, with the questions the editor sets. Closes when the event
    starts. The organisers' copy goes out from a task, never during the visitor's request."""

    intro = models.TextField(_("introduction"), blank=True)
    thank_you_text = RichTextField(
        _("confirmation"), blank=True, features=["bold", "italic", "link"],
        help_text=_("Shown after a successful registration."),
    )

    content_panels = [
        FormSubmissionsPanel(),
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Questions")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldPanel("to_address"), FieldPanel("subject")],
            heading=_("Send each registration to"),
        ),
    ]
    promote_panels = PROMOTE_PANELS

    parent_page_types = ["publications.EventPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event registration")

    def serve(self, request, *args, **kwargs):
        event = self.get_parent().specific
        if event.has_started:
            context = self.get_context(request)
            context.update(event=event, closed=True)
            return TemplateResponse(request, self.get_template(request), context)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("event", self.get_parent().specific)
        return context

    def send_mail(self, form):
        addresses = [address.strip() for address in self.to_address.split(",")]
        send_email.enqueue(
            subject=self.subject or self.title, body=self.render_email(form), to=addresses
        )

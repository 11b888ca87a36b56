"""The home page (the portal's front door) and the general information pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from citizens_site.core.content.blocks import BodyBlock
from citizens_site.core.content.pages import (
    NORMALIZED_SEARCH_FIELDS,
    CachedRestrictionsMixin,
    NormalizedSearchMixin,
)
from citizens_site.core.content.sections import home_sections


class HomePage(CachedRestrictionsMixin, Page):
    """One per language tree.

    The two actions the seed puts first ("submit" and "follow up") are part of the template,
    not editable content, so no edit can remove them; editors write the words around them.
    """

    lead = models.TextField(
        _("lead"),
        blank=True,
        help_text=_("One or two sentences under the portal name saying what citizens can do here."),
    )
    submit_description = models.CharField(
        _("submit action description"),
        max_length=200,
        blank=True,
        help_text=_("Shown under the 'Submit a request or complaint' button."),
    )
    follow_up_description = models.CharField(
        _("follow-up action description"),
        max_length=200,
        blank=True,
        help_text=_("Shown under the 'Follow up an earlier request' button."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Optional content below the actions, such as how the service works."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("submit_description"), FieldPanel("follow_up_description")],
            heading=_("The two primary actions"),
        ),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_sections(self, request)
        return context


class StandardPage(CachedRestrictionsMixin, NormalizedSearchMixin, Page):
    """A general information page: about the programme, privacy notice, terms, contact."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short summary shown at the top of the page and in search results."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    show_contact_details = models.BooleanField(
        _("show contact details"),
        default=False,
        help_text=_("Show the hotline, email and address from the site's contact settings."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("show_contact_details"),
    ]
    search_fields = NORMALIZED_SEARCH_FIELDS

    def search_text_parts(self):
        return [*super().search_text_parts(), self.introduction]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

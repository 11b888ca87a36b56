"""News of several kinds: news, press releases, official statements and media appearances."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from citizens_site.core.content.pages import SUMMARY_PANEL, ContentPage, ListingPage

from ..choices import NewsKind
from ..feeds import FeedsMixin
from ..filters import NewsFilter


class NewsPage(ContentPage):
    kind = models.CharField(
        _("kind"), max_length=20, choices=NewsKind.choices, default=NewsKind.NEWS, db_index=True
    )
    date = models.DateField(_("date"), db_index=True)
    outlet = models.CharField(
        _("outlet"),
        max_length=160,
        blank=True,
        help_text=_("For a media appearance: the channel, station or newspaper."),
    )
    programme = models.CharField(_("programme"), max_length=160, blank=True)
    link = models.URLField(
        _("link"),
        blank=True,
        help_text=_("For a media appearance: where to watch, listen or read it."),
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        SUMMARY_PANEL,
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("outlet"), FieldPanel("programme"), FieldPanel("link")],
            heading=_("Media appearance"),
        ),
    ]

    parent_page_types = ["publications.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    @property
    def listing_date(self):
        return self.date

    def search_text_parts(self):
        return [*super().search_text_parts(), self.outlet, self.programme]


class NewsIndexPage(FeedsMixin, ListingPage):
    """News, statements and media appearances, newest first, with RSS and Atom feeds."""

    child_model = NewsPage
    filterset_class = NewsFilter
    subpage_types = ["publications.NewsPage"]

    class Meta:
        verbose_name = _("news listing")

    def listed_pages(self, request=None):
        return super().listed_pages(request).order_by("-date", "-pk")

"""The department's bulletin: numbered issues, each with an optional printed PDF."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from citizens_site.core.content.pages import SUMMARY_PANEL, ContentPage, ListingPage

from ..feeds import FeedsMixin
from ..filters import BulletinFilter


class BulletinPage(ContentPage):
    issue_number = models.PositiveIntegerField(_("issue number"))
    issue_date = models.DateField(_("issue date"), db_index=True)
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("printed issue (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: the issue as printed, for download."),
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldRowPanel([FieldPanel("issue_number"), FieldPanel("issue_date")]),
        SUMMARY_PANEL,
        FieldPanel("image", heading=_("Cover image")),
        FieldPanel("body"),
        FieldPanel("pdf"),
    ]

    parent_page_types = ["publications.BulletinIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("bulletin")
        verbose_name_plural = _("bulletins")

    @property
    def listing_date(self):
        return self.issue_date


class BulletinIndexPage(FeedsMixin, ListingPage):
    """The bulletins, newest issue first, with RSS and Atom feeds of the same language."""

    child_model = BulletinPage
    filterset_class = BulletinFilter
    subpage_types = ["publications.BulletinPage"]

    class Meta:
        verbose_name = _("bulletin listing")

    def listed_pages(self, request=None):
        return super().listed_pages(request).order_by("-issue_date", "-issue_number")

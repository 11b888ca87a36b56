"""Monitoring reports on social phenomena seen in the complaints: text and tables of figures."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField

from citizens_site.core.content.blocks import ReportBodyBlock
from citizens_site.core.content.pages import SUMMARY_PANEL, ContentPage, ListingPage
from citizens_site.core.geography import Governorate

from ..filters import ReportFilter


class MonitoringReportPage(ContentPage):
    body = StreamField(
        ReportBodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "Use table blocks for figures, and indicator charts for the live figures "
            "of the transparency page."
        ),
    )
    date = models.DateField(_("date"), db_index=True)
    governorate = models.CharField(
        _("governorate"),
        max_length=20,
        choices=Governorate.choices,
        blank=True,
        db_index=True,
        help_text=_("Leave empty for a report on the whole country."),
    )
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("full report (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("governorate")]),
        SUMMARY_PANEL,
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("pdf"),
    ]

    parent_page_types = ["publications.ReportIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("monitoring report")
        verbose_name_plural = _("monitoring reports")

    @property
    def listing_date(self):
        return self.date


class ReportIndexPage(ListingPage):
    child_model = MonitoringReportPage
    filterset_class = ReportFilter
    subpage_types = ["publications.MonitoringReportPage"]

    class Meta:
        verbose_name = _("monitoring report listing")

    def listed_pages(self, request=None):
        return super().listed_pages(request).order_by("-date", "-pk")

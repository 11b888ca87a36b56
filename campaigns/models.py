"""Awareness campaigns and the rights library.

A campaign explains rights (``RightPage``) and points citizens to the complaint categories
they can use to act on them; it links to complaints only through the ``Category`` model.
Related pages are stored as links to any translation and shown in the reader's language.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Orderable, Page

from citizens_site.core.blocks import DocumentLinkBlock, VideoBlock
from citizens_site.core.pages import SUMMARY_PANEL, ContentPage, ListingPage, visible_pages

from .choices import CampaignStatus, LegalBasis
from .filters import CampaignFilter, RightFilter


class MaterialsBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()
    image = ImageBlock(label=_("Image"), template="blocks/image_block.html")
    video = VideoBlock()


def translations_in(pages, locale, request):
    """The live, visible translation in ``locale`` of each page, in the given order (one
    query whatever the number of pages)."""
    keys = [page.translation_key for page in pages]
    found = {
        page.translation_key: page
        for page in visible_pages(Page.objects.filter(translation_key__in=keys, locale=locale),
                                  request).specific(defer=True)
    }
    return [found[key] for key in keys if key in found]


class RightPage(ContentPage):
    """One right in plain language: what it is, where the law says so, and how to claim it."""

    basis_kind = models.CharField(
        _("kind of legal basis"), max_length=20, choices=LegalBasis.choices,
        default=LegalBasis.CONSTITUTION, db_index=True,
    )
    legal_basis = models.CharField(
        _("legal basis"), max_length=255,
        help_text=_("For example: Constitution of the Republic of Iraq (2005), article 34."),
    )
    how_to_claim = RichTextField(
        _("how to claim it"), features=["ol", "ul", "bold", "link"],
        help_text=_("The steps a citizen takes, as a numbered list."),
    )
    categories = ParentalManyToManyField(
        "complaints.Category", blank=True, related_name="+", verbose_name=_("complaint categories"),
        help_text=_("Where a citizen whose right was not respected can file a complaint."),
    )

    content_panels = [
        *ContentPage.content_panels,
        SUMMARY_PANEL,
        FieldRowPanel([FieldPanel("basis_kind"), FieldPanel("legal_basis")]),
        FieldPanel("body"),
        FieldPanel("how_to_claim"),
        FieldPanel("categories"),
        FieldPanel("image"),
    ]

    parent_page_types = ["campaigns.RightsLibraryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("right")
        verbose_name_plural = _("rights")

    @property
    def listing_date(self):
        return None

    def search_text_parts(self):
        return [*super().search_text_parts(), self.legal_basis, self.how_to_claim]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = self.categories.filter(is_active=True).order_by("code")
        return context


class RightsLibraryPage(ListingPage):
    child_model = RightPage
    filterset_class = RightFilter
    subpage_types = ["campaigns.RightPage"]
    per_page = 24

    class Meta:
        verbose_name = _("rights library")

    def listed_pages(self, request=None):
        return super().listed_pages(request).order_by("title")


class CampaignPage(ContentPage):
    start_date = models.DateField(_("starts"), db_index=True)
    end_date = models.DateField(_("ends"), db_index=True)
    audience = models.CharField(
        _("audience"), max_length=255, help_text=_("Whom the campaign speaks to."),
    )
    goals = models.TextField(_("goals"), help_text=_("One goal per line."))
    materials = StreamField(
        MaterialsBlock(), blank=True, verbose_name=_("materials"),
        help_text=_("Leaflets, posters and videos citizens can download or share."),
    )
    categories = ParentalManyToManyField(
        "complaints.Category", blank=True, related_name="+", verbose_name=_("complaint categories"),
        help_text=_("Shown as 'act on it' links to the submission form."),
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        SUMMARY_PANEL,
        FieldPanel("audience"),
        FieldPanel("goals"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("materials"),
        InlinePanel("campaign_rights", label=_("Rights it explains")),
        InlinePanel("related_links", label=_("Related events and news")),
        FieldPanel("categories"),
    ]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("awareness campaign")
        verbose_name_plural = _("awareness campaigns")

    @property
    def listing_date(self):
        return self.start_date

    @property
    def status(self):
        today = timezone.localdate()
        if today < self.start_date:
            return CampaignStatus.UPCOMING
        if today > self.end_date:
            return CampaignStatus.PAST
        return CampaignStatus.ACTIVE

    @property
    def goal_list(self):
        return [line.strip() for line in self.goals.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The campaign must end on or after its start.")})

    def search_text_parts(self):
        return [*super().search_text_parts(), self.audience, self.goals]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        rights = [link.right for link in self.campaign_rights.select_related("right")]
        related = [link.page for link in self.related_links.select_related("page")]
        context.update(
            rights=translations_in(rights, self.locale, request),
            related_pages=translations_in(related, self.locale, request),
            categories=self.categories.filter(is_active=True).order_by("code"),
        )
        return context


class CampaignRight(Orderable):
    campaign = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="campaign_rights")
    right = models.ForeignKey(
        RightPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("right"),
    )

    panels = [PageChooserPanel("right")]


class CampaignRelatedPage(Orderable):
    campaign = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="related_links")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"),
    )

    panels = [PageChooserPanel("page", ["publications.EventPage", "publications.NewsPage"])]


class CampaignIndexPage(ListingPage):
    child_model = CampaignPage
    filterset_class = CampaignFilter
    subpage_types = ["campaigns.CampaignPage"]

    class Meta:
        verbose_name = _("campaign listing")

    def listed_pages(self, request=None):
        return super().listed_pages(request).order_by("-start_date", "-pk")

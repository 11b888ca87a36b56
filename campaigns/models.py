"""Awareness campaigns and the rights library.

A campaign explains rights (``RightPage``) and points citizens to the complaint categories
they can use to act on them; it links to complaints only through the ``Category`` model.
Related pages are stored as links to any translation and shown in the reader's language.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Orderable, Page

from citizens_site.core.content.blocks import DocumentLinkBlock, VideoBlock
from citizens_site.core.content.pages import SUMMARY_PANEL, ContentPage, ListingPage, visible_pages

from .choices import CampaignStatus, LegalBasis
from .filters import CampaignFilter, RightFilter


class MaterialsBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()
    image = ImageBlock(label=_("Image"), template="blocks/image_block.html")
    video = VideoBlock()


def translations_by_id(page_ids, locale_id, request):
    """{page id: its live, visible translation in ``locale_id``} for the given pages (links
    may point to any language's version); pages without one are left out. One query."""
    if not page_ids:
        return {}
    pages = visible_pages(
        Page.objects.filter(
            Q(pk__in=page_ids)
            | Q(
                locale_id=locale_id,
                translation_key__in=Page.objects.filter(pk__in=page_ids).values("translation_key"),
            )
        ),
        request,
    )
    key_of, by_key = {}, {}
    for page in pages:
        if page.pk in page_ids:
            key_of[page.pk] = page.translation_key
        if page.locale_id == locale_id:
            by_key[page.translation_key] = page
    return {page_id: by_key[key] for page_id, key in key_of.items() if key in by_key}


class RightPage(ContentPage):
    """One right in plain language: what it is, where the law says so, and how to claim it."""

    basis_kind = models.CharField(
        _("kind of legal basis"),
        max_length=20,
        choices=LegalBasis.choices,
        default=LegalBasis.CONSTITUTION,
        db_index=True,
    )
    legal_basis = models.CharField(
        _("legal basis"),
        max_length=255,
        help_text=_("For example: Constitution of the Republic of Iraq (2005), article 34."),
    )
    how_to_claim = RichTextField(
        _("how to claim it"),
        features=["ol", "ul", "bold", "link"],
        help_text=_("The steps a citizen takes, as a numbered list."),
    )
    categories = ParentalManyToManyField(
        "complaints.Category",
        blank=True,
        related_name="+",
        verbose_name=_("complaint categories"),
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
        _("audience"),
        max_length=255,
        help_text=_("Whom the campaign speaks to."),
    )
    goals = models.TextField(_("goals"), help_text=_("One goal per line."))
    materials = StreamField(
        MaterialsBlock(),
        blank=True,
        verbose_name=_("materials"),
        help_text=_("Leaflets, posters and videos citizens can download or share."),
    )
    categories = ParentalManyToManyField(
        "complaints.Category",
        blank=True,
        related_name="+",
        verbose_name=_("complaint categories"),
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
        InlinePanel("links", label=_("Rights it explains, related events and news")),
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
        linked = [link.page_id for link in self.links.all()]
        translated = translations_by_id(set(linked), self.locale_id, request)
        pages = [translated[pk] for pk in linked if pk in translated]
        right_type = ContentType.objects.get_for_model(RightPage).pk
        context.update(
            rights=[page for page in pages if page.content_type_id == right_type],
            related_pages=[page for page in pages if page.content_type_id != right_type],
            categories=self.categories.filter(is_active=True).order_by("code"),
        )
        return context


class CampaignLink(Orderable):
    """A page the campaign points to: a right it explains, or a related event or news item.
    One list for editors; the page shows rights and the rest under their own headings."""

    campaign = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
    )

    panels = [
        PageChooserPanel(
            "page", ["campaigns.RightPage", "publications.EventPage", "publications.NewsPage"]
        )
    ]


class CampaignIndexPage(ListingPage):
    child_model = CampaignPage
    filterset_class = CampaignFilter
    subpage_types = ["campaigns.CampaignPage"]

    class Meta:
        verbose_name = _("campaign listing")

    def listed_pages(self, request=None):
        return super().listed_pages(request).order_by("-start_date", "-pk")

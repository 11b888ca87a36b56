"""What the public pages share: the normalised search text, the summary, visibility, listings.

``search_description`` (Wagtail's own "search description" field) is every page's summary:
one field feeds the cards of listings and of the home page, the search results, the feeds and
the sharing tags, so search results need no per-type query to show an excerpt.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from citizens_site.core.content.blocks import BodyBlock
from citizens_site.core.content.menus import restricted_paths
from citizens_site.core.text import search_text

SUMMARY_PANEL = FieldPanel(
    "search_description",
    heading=_("Summary"),
    help_text=_(
        "One or two sentences shown in listings, search results, feeds and when the page is shared."
    ),
)
PROMOTE_PANELS = [
    MultiFieldPanel(
        [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("show_in_menus")],
        heading=_("For search engines and menus"),
    ),
]


class CachedRestrictionsMixin:
    """Skips Wagtail's two per-view queries for view restrictions when the site has none
    (the cached list in ``core.menus`` is empty), which is nearly always."""

    def get_view_restrictions(self):
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class NormalizedSearchMixin:
    """Indexes ``search_text``: the page's words in the one spelling ``normalize_arabic``
    gives, and without their article, so a query typed with or without hamza, diacritics,
    tatweel or the article finds it alike on SQLite and PostgreSQL (the search view treats
    the query the same way)."""

    def search_text_parts(self):
        parts = [self.title, self.search_description]
        body = getattr(self, "body", None)
        if body:
            parts.extend(body.stream_block.get_searchable_content(body))
        return parts

    def search_text(self):
        return search_text(" ".join(str(part) for part in self.search_text_parts() if part))


NORMALIZED_SEARCH_FIELDS = [*Page.search_fields, index.SearchField("search_text")]


def visible_pages(queryset, request=None):
    """Live pages a visitor may see: outside any view restriction.

    Wagtail's ``public()`` asks the database for the restrictions each time; they change
    rarely, so they are cached (``core.menus``) and a page with several listings costs nothing.
    """
    queryset = queryset.live()
    paths = restricted_paths()
    if paths:
        restricted = Q()
        for path in paths:
            restricted |= Q(path__startswith=path)
        queryset = queryset.exclude(restricted)
    return queryset


class ContentPage(CachedRestrictionsMixin, NormalizedSearchMixin, Page):
    """Base of the public-relations pages: a summary, an optional image, a body of the shared
    blocks, and a date for listings and feeds (``listing_date``, set by each type)."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on listing cards and when the page is shared; needs alt text."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    search_fields = NORMALIZED_SEARCH_FIELDS
    promote_panels = PROMOTE_PANELS

    class Meta:
        abstract = True

    @property
    def summary(self):
        return self.search_description

    @cached_property
    def parent_listing(self):
        """The listing above this page, for the breadcrumb (set while routing, see
        ``ListingPage.route``; read from the tree in previews)."""
        return self.get_parent()

    def clean(self):
        super().clean()
        if not (self.search_description or "").strip():
            raise ValidationError({"search_description": _("Write a short summary.")})


class ListingPage(CachedRestrictionsMixin, NormalizedSearchMixin, Page):
    """An index of one page type, filtered with django-filter through the query string (so a
    filtered listing can be bookmarked and shared) and paginated."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One sentence under the title saying what this listing holds."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = NORMALIZED_SEARCH_FIELDS
    promote_panels = PROMOTE_PANELS

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    per_page = 12
    # Set by each listing: the page type it lists and the FilterSet over it.
    child_model: type[Page]
    filterset_class = None

    class Meta:
        abstract = True

    def listed_pages(self, request=None):
        return visible_pages(self.child_model.objects.child_of(self), request)

    def route(self, request, path_components):
        """Find a child with one query: a listing has children of one type only, so the
        specific page is read directly (Wagtail reads the base page, then the specific one)."""
        if not path_components:
            return super().route(request, path_components)
        child_slug, *remaining = path_components
        try:
            child = self.child_model.objects.child_of(self).get(slug=child_slug)
        except self.child_model.DoesNotExist:
            raise Http404 from None
        child.__dict__["parent_listing"] = self  # spares the breadcrumb a query
        return child.route(request, remaining)

    def filter_data(self, request):
        """The filters as the visitor chose them; a listing may add defaults."""
        return request.GET

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filterset = self.filterset_class(
            self.filter_data(request), queryset=self.listed_pages(request), request=request
        )
        pages = filterset.qs.select_related("image").prefetch_related("image__renditions")
        items = Paginator(pages, self.per_page).get_page(request.GET.get("page"))
        context.update(filter=filterset, items=items, is_filtered=filterset.form.has_changed())
        return context

    def search_text_parts(self):
        return [*super().search_text_parts(), self.introduction]

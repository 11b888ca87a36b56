"""RSS and Atom feeds of a listing, in the listing's language (each language tree has its own
listing, so each language has its own feeds)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

FEED_LENGTH = 20


class ListingFeed(Feed):
    def __init__(self, listing, *, atom):
        super().__init__()
        self.listing = listing
        self.feed_type = Atom1Feed if atom else Rss201rev2Feed
        self.language = listing.locale.language_code

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.listing

    def title(self, listing):
        return f"{listing.title} | {_('Citizen Government')}"

    def link(self, listing):
        return listing.get_url(self.request)

    def description(self, listing):
        return listing.introduction

    def items(self, listing):
        return listing.listed_pages(self.request)[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        # The issue or news date (what readers see), at midnight Baghdad time.
        return timezone.make_aware(datetime.datetime.combine(item.listing_date, datetime.time.min))

    def item_updateddate(self, item):
        return item.last_published_at


class FeedsMixin(RoutablePageMixin):
    """A listing's RSS feed at ``feed/rss/`` and Atom feed at ``feed/atom/``."""

    @path("feed/rss/", name="rss")
    def rss(self, request):
        return ListingFeed(self, atom=False)(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        return ListingFeed(self, atom=True)(request)

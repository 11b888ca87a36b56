"""sitemap.xml over every language tree, each page listing its translations (hreflang).

Wagtail's own sitemap covers only the default site's root page, which is the Arabic tree;
the Kurdish and English trees are its translations, beside it rather than under it.
"""

from collections import defaultdict

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from citizens_site.core.content.pages import visible_pages


class AllLanguagesSitemap(Sitemap):
    def __init__(self, request):
        self.request = request
        self._translations = None

    def items(self):
        site = Site.find_for_request(self.request) or Site.objects.get(is_default_site=True)
        homes = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return visible_pages(pages, self.request).select_related("locale").order_by("path")

    def location(self, page):
        return page.get_url(self.request)

    def lastmod(self, page):
        return page.last_published_at

    def _alternates(self, items):
        if self._translations is None:
            by_key = defaultdict(list)
            for page in items:
                by_key[page.translation_key].append(page)
            self._translations = by_key
        return self._translations

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        pages = list(self.paginator.page(page).object_list)
        translations = self._alternates(pages)
        for url, item in zip(urls, pages, strict=True):
            url["alternates"] = [
                {
                    "lang_code": other.locale.language_code,
                    "location": self.request.build_absolute_uri(other.get_url(self.request)),
                }
                for other in translations[item.translation_key]
            ]
        return urls

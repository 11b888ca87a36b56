"""Sections other apps add to the home page (latest bulletins, campaigns, upcoming events).

``home`` may not import the public-relations apps, so they register a builder here from
their ``AppConfig.ready``; the home page asks for the sections without knowing who gives them.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Site

from citizens_site.core.content.menus import MENU_CACHE_SECONDS, listings_cache_key
from citizens_site.core.content.pages import visible_pages


@dataclass(frozen=True)
class HomeSection:
    key: str
    heading: str
    items: list
    more_url: str = ""
    more_label: str = ""


_builders = []


def register_home_section(order, builder):
    """``builder(home_page, request)`` returns a HomeSection, or None to show nothing."""
    _builders.append((order, builder))
    _builders.sort(key=lambda entry: entry[0])


def home_sections(home_page, request):
    sections = (builder(home_page, request) for _order, builder in _builders)
    return [section for section in sections if section and section.items]


def listing_url(model, home_page, request):
    """The address of the home page's child of type ``model`` (a listing), or "".

    Cached per site and language with the menus, and cleared with them (``core.menus``).
    """
    site = Site.find_for_request(request)
    key = listings_cache_key(site.pk if site else 0, get_language())
    urls = cache.get(key)
    if urls is None:
        children = visible_pages(home_page.get_children(), request)
        urls = {child.content_type_id: child.get_url(request) for child in children}
        cache.set(key, urls, MENU_CACHE_SECONDS)
    return urls.get(ContentType.objects.get_for_model(model).pk, "")

"""Template tags for the site-wide layout: language switcher and navigation."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

register = template.Library()


def _language_homes(request):
    """Map language code to the live home page of that language, memoised on the request."""
    cached = getattr(request, "_portal_language_homes", None)
    if cached is None:
        site = Site.find_for_request(request)
        cached = {}
        if site is not None:
            translations = (
                Page.objects.filter(translation_key=site.root_page.translation_key)
                .live()
                .select_related("locale")
            )
            cached = {page.locale.language_code: page for page in translations}
        request._portal_language_homes = cached
    return cached


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page in the active language (or the default language's, if it has none)."""
    request = context.get("request")
    if request is None:
        return None
    homes = _language_homes(request)
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: where the same page lives in that language.

    A Wagtail page links to its own translation; where none is published yet, the entry leads
    to that language's home page and says so (``is_fallback``). Other views keep their path
    with the language prefix swapped.
    """
    request = context.get("request")
    current = get_language()
    page = context.get("page")
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        url, is_fallback = None, False
        if translations:
            target = translations.get(code)
            if target is None:
                target = _language_homes(request).get(code) if request else None
                is_fallback = True
            url = target.get_url(request) if target else None
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url or f"/{code}/",
                "is_current": code == current,
                "is_fallback": is_fallback,
                "dir": "rtl" if get_language_info(code)["bidi"] else "ltr",
            }
        )
    return links


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """Pages marked "show in menus" under the home page of the active language."""
    home = home_page(context)
    if home is None:
        return []
    return list(home.get_children().live().in_menu())

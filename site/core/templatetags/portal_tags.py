"""Template tags for the site-wide layout: language switcher and footer menu; the filters
that keep left-to-right values in order inside right-to-left text (``citizens_site.core.bidi``);
the title's "Error:" when a form on the page has errors.

Every public page renders these, so each costs at most one query: the home page of a
language is always at /<code>/, and the home pages' tree positions come from Wagtail's
cached site root paths rather than from the database.
"""

from django import forms, template
from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from citizens_site.core import bidi
from citizens_site.core.content.menus import MENU_CACHE_SECONDS, contact_cache_key, menu_cache_key
from citizens_site.core.content.pages import ListingPage
from citizens_site.core.models import ContactSettings

register = template.Library()


def _fallback_note(code):
    # Said in the target language: it is read by someone choosing that language.
    with translation.override(code):
        return _("home page: this page is not translated yet")


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
    translations = None
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        home_url = f"/{code}/"
        if translations is not None:
            target = translations.get(code)
            url = target.get_url(request) if target else home_url
            is_fallback = target is None
        else:
            url = translate_url(request.get_full_path(), code) if request else home_url
            is_fallback = False
        links.append(
            {
                "code": code,
                "name": name,
                "url": url or home_url,
                "is_current": code == current,
                "is_fallback": is_fallback,
                "fallback_note": _fallback_note(code) if is_fallback else "",
                "dir": "rtl" if get_language_info(code)["bidi"] else "ltr",
            }
        )
    return links


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """Live pages marked "show in menus" directly under the active language's home page.

    Cached per site and language (every public page shows them); ``menus.clear_menu_cache``
    clears the cache whenever a page is published, unpublished, moved or deleted.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    language = get_language()
    key = menu_cache_key(site.pk, language)
    items = cache.get(key)
    if items is None:
        items = _load_menu(site, language)
        cache.set(key, items, MENU_CACHE_SECONDS)
    return items


def _load_menu(site, language):
    for root in Site.get_site_root_paths():
        if root.site_id == site.pk and root.language_code == language:
            home_depth = root.root_path.count("/")  # "/home/" sits at depth 2
            pages = (
                Page.objects.live()
                .in_menu()
                .filter(url_path__startswith=root.root_path, depth=home_depth + 1)
                .order_by("path")
            )
            return [
                {
                    "pk": p.pk,
                    "title": p.title,
                    "url": p.get_url(),
                    # Listings (bulletins, events, campaigns...) go in the header's
                    # navigation; the other pages (about, privacy...) in the footer.
                    "is_section": issubclass(p.specific_class or Page, ListingPage),
                }
                for p in pages
            ]
    return []


@register.simple_tag(takes_context=True)
def contact_settings(context):
    """The site's contact details (every footer shows them), cached until they are saved."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    key = contact_cache_key(site.pk)
    contact = cache.get(key)
    if contact is None:
        contact = ContactSettings.for_site(site)
        cache.set(key, contact, MENU_CACHE_SECONDS)
    return contact


@register.filter
def ltr(value):
    """A reference, code, phone number or address on a page: ``<bdi dir="ltr">``."""
    return bidi.html(value)


@register.filter
def ltr_numbers(value):
    """A hint or message whose example numbers must read left to right."""
    return bidi.html_numbers(value)


@register.filter
def ltr_mail(value):
    """The same in an e-mail's HTML part (no style sheet there: the no-wrap is inline)."""
    return bidi.mail_html(value)


@register.filter
def ltr_text(value):
    """The same in plain text (e-mails, SMS, the page title): LRI ... PDI."""
    return bidi.text(value)


@register.filter
def typed_text(value):
    """Plain text someone typed, of either direction: FSI ... PDI (``bidi.text_auto``)."""
    return bidi.text_auto(value)


@register.filter
def typed_html(value):
    """The same in HTML: ``<bdi>`` (``bidi.html_auto``)."""
    return bidi.html_auto(value)


@register.simple_tag(takes_context=True)
def error_title_prefix(context):
    """ "Error: " before the page title when a form on the page has errors, so the first thing
    a screen reader says after a failed submit is that it failed (WCAG 3.3.1)."""
    for value in context.flatten().values():
        # type(), not isinstance(): isinstance asks a lazy value for its class, and the lazy
        # CSRF token would then be made, a cookie set on every page, and no page be cacheable.
        if issubclass(type(value), forms.BaseForm) and value.is_bound and value.errors:
            return _("Error:") + " "
    return ""

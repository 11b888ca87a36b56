"""Caches of what every public page needs from the page tree, and their clearing.

Menus (footer and header), the addresses of the home page's listings (its "see all" links)
and the paths under view restrictions are read on every page view and change only when
editors publish, move or restrict pages, so they are cached and cleared then. The footer's
contact details are cached until the setting is saved.
"""

from django.conf import settings
from django.core.cache import cache

MENU_CACHE_SECONDS = 60 * 60
RESTRICTED_PATHS_KEY = "portal:restricted-paths"


def menu_cache_key(site_id, language):
    return f"portal:menu:{site_id}:{language}"


def listings_cache_key(site_id, language):
    return f"portal:listings:{site_id}:{language}"


def contact_cache_key(site_id):
    return f"portal:contact:{site_id}"


def clear_menu_cache(**kwargs):
    from wagtail.models import Site

    keys = [RESTRICTED_PATHS_KEY]
    for site_id in Site.objects.values_list("pk", flat=True):
        for code, _name in settings.LANGUAGES:
            keys += [menu_cache_key(site_id, code), listings_cache_key(site_id, code)]
    cache.delete_many(keys)


def clear_contact_cache(instance, **kwargs):
    cache.delete(contact_cache_key(instance.site_id))


def restricted_paths():
    """Tree paths of the pages under a view restriction (a password or a login)."""
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        from wagtail.models import PageViewRestriction

        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(RESTRICTED_PATHS_KEY, paths, MENU_CACHE_SECONDS)
    return paths


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from citizens_site.core.models import ContactSettings

    page_published.connect(clear_menu_cache, dispatch_uid="portal-menu-published")
    page_unpublished.connect(clear_menu_cache, dispatch_uid="portal-menu-unpublished")
    post_page_move.connect(clear_menu_cache, dispatch_uid="portal-menu-moved")
    post_delete.connect(clear_menu_cache, sender=Page, dispatch_uid="portal-menu-deleted")
    post_save.connect(
        clear_menu_cache, sender=PageViewRestriction, dispatch_uid="portal-restriction-saved"
    )
    post_delete.connect(
        clear_menu_cache, sender=PageViewRestriction, dispatch_uid="portal-restriction-deleted"
    )
    post_save.connect(
        clear_contact_cache, sender=ContactSettings, dispatch_uid="portal-contact-saved"
    )

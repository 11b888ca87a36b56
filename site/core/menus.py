"""The footer menu's cache: its key, and clearing it whenever the page tree changes."""

from django.conf import settings
from django.core.cache import cache

MENU_CACHE_SECONDS = 60 * 60


def menu_cache_key(site_id, language):
    return f"portal:menu:{site_id}:{language}"


def clear_menu_cache(**kwargs):
    from wagtail.models import Site

    cache.delete_many(
        [
            menu_cache_key(site_id, code)
            for site_id in Site.objects.values_list("pk", flat=True)
            for code, _name in settings.LANGUAGES
        ]
    )


def connect_signals():
    from django.db.models.signals import post_delete
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(clear_menu_cache, dispatch_uid="portal-menu-published")
    page_unpublished.connect(clear_menu_cache, dispatch_uid="portal-menu-unpublished")
    post_page_move.connect(clear_menu_cache, dispatch_uid="portal-menu-moved")
    post_delete.connect(clear_menu_cache, sender=Page, dispatch_uid="portal-menu-deleted")

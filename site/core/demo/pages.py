"""Building demo pages in every language, for the demo data loader (``demo_data``) and the
apps' ``demo`` modules.

A page is created once in Arabic and then copied with ``copy_for_translation`` into each other
language, so wagtail-localize and the language switcher see one page in three languages.
Everything is idempotent: what exists is left as it is.
"""

from django.conf import settings
from wagtail.models import Locale


def publish(page):
    page.save_revision().publish()
    return page


def fill(page, fields):
    for name, value in fields.items():
        setattr(page, name, value)


def ensure_translations(page, content_for):
    """Create and publish each missing translation of ``page`` with ``content_for(code)``."""
    for code, _name in settings.LANGUAGES:
        if code == page.locale.language_code:
            continue
        locale = Locale.objects.get(language_code=code)
        if page.get_translation_or_none(locale) is not None:
            continue
        translation = page.copy_for_translation(locale)
        fill(translation, content_for(code))
        publish(translation)


def ensure_child(parent, model, slug, fields, content_for=None):
    """The published child ``slug`` of ``parent`` (created from ``fields`` when missing) and,
    with ``content_for``, its translations. Fields may include child relations and
    many-to-many values (modelcluster saves them with the page)."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
        publish(page)
    if content_for is not None:
        ensure_translations(page, content_for)
    return page

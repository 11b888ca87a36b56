"""Demo content of the home app: a home page and the general pages in every language.

Built in code from ``demo_content`` (never a JSON export): the Arabic tree first, then each
translation with ``copy_for_translation`` so wagtail-localize and the language switcher see
them as one page in three languages.
"""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from citizens_site.core.demo_pages import ensure_translations, publish
from citizens_site.core.models import ContactSettings

from . import demo_content
from .models import HomePage, StandardPage

DEPENDS_ON = ["core"]


def ensure_home_page():
    """The Arabic home page at the root of the default site, with its translations."""
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's migrations leave a plain "Welcome" page where the home page belongs.
        for placeholder in root.get_children().filter(content_type__model="page"):
            placeholder.delete()
        home = HomePage(locale=locale, slug="home", **_home_fields(locale.language_code))
        root.add_child(instance=home)
        publish(home)
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    if site.root_page_id != home.pk or not site.site_name:
        site.root_page = home
        site.site_name = site.site_name or "Citizen Government"
        site.save()
    ensure_translations(home, _home_fields)
    return home, site


def _home_fields(code):
    return dict(demo_content.HOME[code])


def ensure_general_pages(home):
    for spec in demo_content.PAGES:
        page = home.get_children().filter(slug=spec["slug"]).first()
        if page is None:
            page = StandardPage(
                slug=spec["slug"],
                locale=home.locale,
                show_in_menus=True,
                show_contact_details=spec["show_contact_details"],
                **spec[home.locale.language_code],
            )
            home.add_child(instance=page)
            publish(page)
        ensure_translations(page.specific, lambda code, spec=spec: dict(spec[code]))


def ensure_contact_settings(site):
    contact = ContactSettings.for_site(site)
    if contact.hotline:
        return
    data = demo_content.CONTACT
    contact.hotline = data["hotline"]
    contact.phone = data["phone"]
    contact.email = data["email"]
    for code, _name in settings.LANGUAGES:
        setattr(contact, f"address_{code}", data["address"][code])
        setattr(contact, f"working_hours_{code}", data["working_hours"][code])
    contact.save()


def load(*, with_users, stdout):
    home, site = ensure_home_page()
    ensure_general_pages(home)
    ensure_contact_settings(site)
    stdout.write("Home, about, privacy, terms and contact pages in ar, ckb and en.")

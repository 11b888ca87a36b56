"""Demo content of the home app: the home page, the general pages and the contact details, in
every language.

The prose is in the data files beside this module (``demo/``, read by site/core's
``demo_data``): ``home.toml`` is the home page, which this module places at the root of the
default site, ``pages/`` the pages under it (about, privacy, terms, contact), loaded by
``load_demo`` like every app's ``PAGES``, and ``contact_settings.toml`` the contact details.
"""

import tomllib
from pathlib import Path

from django.conf import settings
from wagtail.models import Locale, Page, Site

from citizens_site.core.demo.data import page_fields, read_page
from citizens_site.core.demo.pages import ensure_translations, publish
from citizens_site.core.models import ContactSettings

from .models import HomePage

DEPENDS_ON = ["core"]
DATA = Path(__file__).with_name("demo")
PAGES = DATA / "pages"


def ensure_home_page():
    """The Arabic home page at the root of the default site, with its translations."""
    data = read_page(DATA / "home.toml")
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's migrations leave a plain "Welcome" page where the home page belongs.
        for placeholder in root.get_children().filter(content_type__model="page"):
            placeholder.delete()
        home = HomePage(locale=locale, slug=data.slug, **page_fields(data, locale.language_code))
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
    ensure_translations(home, lambda code: page_fields(data, code))
    return home, site


def ensure_contact_settings(site):
    contact = ContactSettings.for_site(site)
    if contact.hotline:
        return
    with (DATA / "contact_settings.toml").open("rb") as file:
        data = tomllib.load(file)
    contact.hotline = data["hotline"]
    contact.phone = data["phone"]
    contact.email = data["email"]
    for code, _name in settings.LANGUAGES:
        setattr(contact, f"address_{code}", data[code]["address"])
        setattr(contact, f"working_hours_{code}", data[code]["working_hours"])
    contact.save()


def load(*, with_users, stdout):
    _home, site = ensure_home_page()
    ensure_contact_settings(site)
    stdout.write("Home page and contact details in ar, ckb and en.")

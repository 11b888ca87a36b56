"""sitemap.xml covers every language with its alternates; pages carry canonical, hreflang and
Open Graph tags for search engines and link previews."""

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree

from tests.conftest import publish
from tests.factories import BulletinIndexPageFactory, BulletinPageFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def bulletin(homes):
    listing = BulletinIndexPageFactory(parent=homes["ar"], slug="bulletins")
    page = BulletinPageFactory(
        parent=listing,
        slug="first",
        title="النشرة الأولى",
        search_description="ملخص النشرة الأولى.",
    )
    english_listing = listing.copy_for_translation(homes["en"].locale)
    publish(english_listing)
    english = page.copy_for_translation(homes["en"].locale)
    english.title = "First bulletin"
    publish(english)
    return page


def test_sitemap_lists_pages_of_every_language_with_their_translations(client, bulletin):
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    entries = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }

    assert {"http://testserver/ar/", "http://testserver/ckb/", "http://testserver/en/"} <= set(
        entries
    )
    assert entries["http://testserver/ar/bulletins/first/"] == {
        "ar": "http://testserver/ar/bulletins/first/",
        "en": "http://testserver/en/bulletins/first/",
    }


def test_sitemap_leaves_out_drafts(client, bulletin):
    bulletin.unpublish()

    assert b"/ar/bulletins/first/" not in client.get("/sitemap.xml").content


def test_page_has_open_graph_and_canonical_tags(client, bulletin):
    page = BeautifulSoup(client.get("/ar/bulletins/first/").content, "html.parser")

    def meta(name):
        return page.find("meta", property=name)["content"]

    assert page.find("link", rel="canonical")["href"] == "http://testserver/ar/bulletins/first/"
    assert meta("og:title") == "النشرة الأولى"
    assert meta("og:description") == "ملخص النشرة الأولى."
    assert meta("og:locale") == "ar_IQ"
    assert meta("og:type") == "article"
    hreflangs = {link["hreflang"] for link in page.find_all("link", hreflang=True)}
    assert hreflangs == {"ar", "en", "x-default"}  # no Kurdish translation yet

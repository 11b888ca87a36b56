"""The demo loader builds the site in three languages and running it twice changes nothing."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision

from citizens_site.core import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    """The demo without the public-relations content, which takes seconds to build."""
    call_command(
        "load_demo",
        "--with-users",
        "--skip",
        "publications",
        "--skip",
        "campaigns",
        stdout=io.StringIO(),
    )


def snapshot():
    """Row counts of every table plus the identity of every page and revision."""
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    pages = sorted(
        Page.objects.values_list("pk", "locale__language_code", "url_path", "latest_revision_id")
    )
    return counts, pages


def test_running_the_loader_twice_changes_nothing(full_demo):
    before = snapshot()

    call_command("load_demo", "--with-users", stdout=io.StringIO())

    assert snapshot() == before
    assert Revision.objects.count() == before[0]["wagtailcore.Revision"]
    assert PageLogEntry.objects.count() == before[0]["wagtailcore.PageLogEntry"]


def test_demo_has_the_general_pages_in_every_language(demo):
    for code in ["ar", "ckb", "en"]:
        slugs = set(
            Page.objects.filter(locale__language_code=code, depth=3)
            .live()
            .values_list("slug", flat=True)
        )
        assert {"about", "privacy", "terms", "contact", "accessibility"} <= slugs


# What the accessibility statement must say in each language: its target, how the portal is
# tested (axe at both widths), the admin's place outside it, and its date.
STATEMENT = {
    "ar": ["WCAG", "2.2", "AA", "axe-core", "1280", "320", "Wagtail", "اتصل بنا", "2026"],
    "ckb": ["WCAG", "2.2", "AA", "axe-core", "1280", "320", "Wagtail", "پەیوەندیمان", "2026"],
    "en": ["WCAG", "2.2", "AA", "axe-core", "1280", "320", "Wagtail", "Contact us", "2026"],
}


@pytest.mark.parametrize("code", ["ar", "ckb", "en"])
def test_the_accessibility_statement_is_in_the_footer_of_every_language(client, demo, code):
    home = BeautifulSoup(client.get(f"/{code}/").content, "html.parser")
    link = home.find("footer").find("a", href=f"/{code}/accessibility/")
    assert link is not None

    page = BeautifulSoup(client.get(link["href"]).content, "html.parser")
    main = page.find("main")
    assert page.html["lang"] == code
    assert main.find("h1").get_text(strip=True) == link.get_text(strip=True)
    text = main.get_text(" ")
    assert [word for word in STATEMENT[code] if word not in text] == []
    assert len(main.find_all("h2")) >= 4
    # How to report a barrier: the contact details on the page, the address left to right.
    assert main.find("a", href="mailto:citizens@cabinet.gov.iq").find("bdi", dir="ltr")


def test_demo_creates_every_staff_group(demo):
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.STAFF_GROUPS)


def test_demo_users_are_not_created_when_debug_is_off(db, settings):
    from django.contrib.auth import get_user_model

    settings.DEBUG = False
    call_command("load_demo", stdout=io.StringIO())

    assert not get_user_model().objects.filter(email="admin@example.com").exists()


def test_demo_pages_read_in_their_own_language(demo):
    about = {
        p.locale.language_code: p.title
        for p in Page.objects.filter(slug="about").select_related("locale")
    }

    assert len(set(about.values())) == 3
    assert any("\u0600" <= ch <= "\u06ff" for ch in about["ar"])
    assert any(
        ch in "ێۆڕڵەگچپژڤ"
        for ch in about["ckb"]
        + Page.objects.get(slug="about", locale__language_code="ckb").specific.introduction
    )


def test_no_dead_link_on_the_demo_site(client, full_demo):
    """Follow every same-site link from each home page, two levels deep."""
    seen, queue = set(), ["/ar/", "/ckb/", "/en/"]
    for _depth in range(2):
        next_queue = []
        for url in queue:
            if url in seen:
                continue
            seen.add(url)
            response = client.get(url, follow=True)
            assert response.status_code == 200, url
            for anchor in BeautifulSoup(response.content, "html.parser").find_all("a", href=True):
                href = anchor["href"].split("#")[0]
                if href.startswith("/") and not href.startswith("/admin"):
                    next_queue.append(href)
        queue = next_queue
    assert len(seen) > 15


def test_each_bulletin_carries_its_printed_issue_in_its_language(client, full_demo):
    from publications.models import BulletinPage

    bulletins = BulletinPage.objects.live().select_related("pdf", "locale")
    assert bulletins.count() == 3 * 3  # three issues in three languages
    for bulletin in bulletins:
        assert bulletin.pdf is not None, bulletin.url
        with bulletin.pdf.file.open("rb") as file:
            assert file.read(5) == b"%PDF-"
        # bulletin-1-ar.pdf (storage adds a suffix when the name is taken)
        assert re.search(
            rf"bulletin-\d+-{bulletin.locale.language_code}(_\w+)?\.pdf$", bulletin.pdf.file.name
        )
        page = BeautifulSoup(client.get(bulletin.url).content, "html.parser")
        assert page.select_one(".document-link a")["href"] == bulletin.pdf.url

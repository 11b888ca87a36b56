"""Three languages: the switcher, error pages and dates in the visitor's language."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import translation

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def switcher_links(response):
    nav = BeautifulSoup(response.content, "html.parser").select_one(".language-switcher")
    return {a["hreflang"]: a["href"] for a in nav.find_all("a")}


def test_switcher_leads_to_the_same_page_in_the_other_languages(client, portal):
    links = switcher_links(client.get("/ar/about/"))

    assert links == {"ckb": "/ckb/about/", "en": "/en/about/"}


def test_switcher_marks_the_current_language_without_a_link(client, portal):
    nav = BeautifulSoup(client.get("/ckb/").content, "html.parser").select_one(".language-switcher")

    current = nav.select_one("[aria-current]")
    assert current["lang"] == "ckb"
    assert current.name == "span"


def test_switcher_falls_back_to_the_home_page_where_no_translation_exists(client, portal):
    about = StandardPage.objects.get(slug="about", locale__language_code="ar")
    only_arabic = StandardPage(title="إعلان", slug="notice")
    about.add_child(instance=only_arabic)
    only_arabic.save_revision().publish()

    response = client.get("/ar/about/notice/")

    assert switcher_links(response) == {"ckb": "/ckb/", "en": "/en/"}
    assert (
        "not translated yet"
        in BeautifulSoup(response.content, "html.parser")
        .select_one(".language-switcher a[hreflang=en]")
        .get_text()
    )


def test_switcher_on_a_non_page_view_keeps_the_path(client, portal):
    links = switcher_links(client.get("/en/complaints/follow-up/"))

    assert links == {"ar": "/ar/complaints/follow-up/", "ckb": "/ckb/complaints/follow-up/"}


def test_hreflang_alternates_name_every_translation(client, portal):
    page = BeautifulSoup(client.get("/en/privacy/").content, "html.parser")

    alternates = {
        link["hreflang"]: link["href"] for link in page.select("link[rel=alternate][hreflang]")
    }
    assert set(alternates) == {"ar", "ckb", "en", "x-default"}
    assert alternates["x-default"] == alternates["ar"]  # Arabic is the default language
    assert page.select_one("link[rel=canonical]")["href"] == "http://testserver/en/privacy/"


@pytest.mark.parametrize(
    ("code", "direction", "heading"),
    [
        ("ar", "rtl", "الصفحة غير موجودة"),
        ("ckb", "rtl", "پەڕەکە نەدۆزرایەوە"),
        ("en", "ltr", "Page not found"),
    ],
)
def test_404_page_speaks_the_visitors_language(client, portal, code, direction, heading):
    response = client.get(f"/{code}/no-such-page/")

    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == code
    assert page.html["dir"] == direction
    assert page.find("h1").get_text(strip=True) == heading


def test_arabic_dates_use_iraqi_month_names():
    template = Template("{{ day|date:'DATE_FORMAT' }}")
    with translation.override("ar"):
        text = template.render(Context({"day": datetime.date(2026, 1, 15)}))

    assert text == "15 كانون الثاني 2026"


def test_central_kurdish_dates_use_kurdish_month_names():
    template = Template("{{ day|date:'F' }}")
    with translation.override("ckb"):
        text = template.render(Context({"day": datetime.date(2026, 2, 1)}))

    assert text == "شوبات"

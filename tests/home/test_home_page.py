"""The home page: in every language, right direction, the seed's two actions first."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

DIRECTIONS = {"ar": "rtl", "ckb": "rtl", "en": "ltr"}
ACTIONS = {
    "ar": ("تقديم طلب أو شكوى", "متابعة طلب سابق"),
    "en": ("Submit a request or complaint", "Follow up an earlier request"),
}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("code", ["ar", "ckb", "en"])
def test_home_page_has_language_direction_and_two_actions(client, portal, code):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    html = soup(response).html
    assert html["lang"] == code
    assert html["dir"] == DIRECTIONS[code]
    main = soup(response).find("main")
    actions = main.select(".primary-action__link")
    with translation.override(code):
        assert [a["href"] for a in actions] == [
            reverse("complaints:submit"),
            reverse("complaints:follow_up"),
        ]
    assert len(soup(response).find_all("h1")) == 1


@pytest.mark.parametrize("code", ["ar", "en"])
def test_home_page_actions_read_in_the_visitors_language(client, portal, code):
    main = soup(client.get(f"/{code}/")).find("main")

    titles = [t.get_text(strip=True) for t in main.select(".primary-action__title")]
    assert titles == list(ACTIONS[code])


def test_root_opens_the_arabic_home_page(client, portal):
    response = client.get("/", headers={"accept-language": "en-US,en;q=0.9"})

    assert response.status_code == 302
    assert response["Location"] == "/ar/"


def test_every_language_has_its_own_home_page_tree(portal):
    homes = HomePage.objects.live().select_related("locale")

    assert sorted(h.locale.language_code for h in homes) == ["ar", "ckb", "en"]
    assert len({h.translation_key for h in homes}) == 1


@pytest.mark.parametrize("code", ["ar", "ckb", "en"])
def test_footer_shows_contact_details_and_general_pages(client, portal, code):
    footer = soup(client.get(f"/{code}/")).find("footer")

    assert footer.find("a", href="tel:5599")
    links = {a["href"] for a in footer.select("nav a")}
    for slug in ("about", "privacy", "terms", "contact", "accessibility"):
        assert f"/{code}/{slug}/" in links


def test_standard_page_can_only_live_under_home_or_standard_pages():
    assert StandardPage.parent_page_types == ["home.HomePage", "home.StandardPage"]
    assert HomePage.can_create_at(StandardPage()) is False


def test_a_newly_published_menu_page_appears_in_the_footer_at_once(client, portal):
    client.get("/en/")  # the footer menu is now cached
    home = HomePage.objects.get(locale__language_code="en")
    page = StandardPage(title="Open data licence", slug="open-data", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()

    footer = soup(client.get("/en/")).find("footer")

    assert "Open data licence" in [a.get_text() for a in footer.select("nav a")]

"""The home page shows the latest bulletins, the campaigns running now and the upcoming
events of its own language, each with a link to the full listing."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.conftest import MAX_PUBLIC_QUERIES, count_queries
from tests.factories import (
    BulletinIndexPageFactory,
    BulletinPageFactory,
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
)

pytestmark = pytest.mark.django_db


def today(days=0):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def listings(homes):
    home = homes["ar"]
    return {
        "bulletins": BulletinIndexPageFactory(parent=home, slug="bulletins"),
        "campaigns": CampaignIndexPageFactory(parent=home, slug="campaigns"),
        "events": EventIndexPageFactory(parent=home, slug="events"),
    }


def section_titles(client, url, section):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    block = page.find(id=f"{section}-heading")
    if block is None:
        return None
    return [a.get_text(strip=True) for a in block.parent.select(".card__title a")]


def test_home_shows_the_three_latest_bulletins(client, listings):
    for days, title in [(40, "الأقدم"), (30, "الثالثة"), (20, "الثانية"), (10, "الأحدث")]:
        BulletinPageFactory(parent=listings["bulletins"], title=title, issue_date=today(-days))

    assert section_titles(client, "/ar/", "latest-bulletins") == ["الأحدث", "الثانية", "الثالثة"]


def test_home_shows_running_campaigns_only(client, listings):
    CampaignPageFactory(
        parent=listings["campaigns"], title="جارية", start_date=today(-2), end_date=today(5)
    )
    CampaignPageFactory(
        parent=listings["campaigns"], title="منتهية", start_date=today(-20), end_date=today(-1)
    )
    CampaignPageFactory(
        parent=listings["campaigns"], title="قادمة", start_date=today(3), end_date=today(9)
    )

    assert section_titles(client, "/ar/", "current-campaigns") == ["جارية"]


def test_home_shows_upcoming_events_soonest_first(client, listings):
    now = timezone.now()
    for days, title in [(9, "لاحقة"), (2, "قريبة"), (-3, "مضت")]:
        EventPageFactory(
            parent=listings["events"], title=title, start=now + datetime.timedelta(days=days)
        )

    assert section_titles(client, "/ar/", "upcoming-events") == ["قريبة", "لاحقة"]


def test_sections_link_to_their_listings_and_hide_when_empty(client, listings):
    BulletinPageFactory(parent=listings["bulletins"])

    page = BeautifulSoup(client.get("/ar/").content, "html.parser")

    assert (
        page.select_one("#latest-bulletins-heading")
        .find_parent("section")
        .select_one(".home-section__more a")["href"]
        == "/ar/bulletins/"
    )
    assert page.find(id="upcoming-events-heading") is None
    assert section_titles(client, "/en/", "latest-bulletins") is None  # Arabic content only


def test_home_queries_do_not_grow_with_content(client, listings):
    def add(count):
        for _number in range(count):
            BulletinPageFactory(parent=listings["bulletins"])
            CampaignPageFactory(parent=listings["campaigns"])
            EventPageFactory(parent=listings["events"])

    add(1)
    small = count_queries(client, "/ar/")
    add(10)

    assert small <= MAX_PUBLIC_QUERIES
    assert count_queries(client, "/ar/") == small

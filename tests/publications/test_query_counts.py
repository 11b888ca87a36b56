"""Every publication page type and listing costs the same few queries however much content
there is (no N+1), and at most MAX_PUBLIC_QUERIES."""

import datetime

import pytest
from django.utils import timezone

from publications.models import RegistrationField
from tests.conftest import MAX_PUBLIC_QUERIES, count_queries
from tests.factories import (
    BulletinIndexPageFactory,
    BulletinPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    MonitoringReportPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ReportIndexPageFactory,
)

pytestmark = pytest.mark.django_db

LISTINGS = [
    (BulletinIndexPageFactory, BulletinPageFactory, "bulletins"),
    (NewsIndexPageFactory, NewsPageFactory, "news"),
    (EventIndexPageFactory, EventPageFactory, "events"),
    (ReportIndexPageFactory, MonitoringReportPageFactory, "reports"),
]


@pytest.mark.parametrize(("listing_factory", "item_factory", "slug"), LISTINGS)
def test_listing_queries_do_not_grow_with_items(client, homes, listing_factory, item_factory, slug):
    listing = listing_factory(parent=homes["ar"], slug=slug)
    for _number in range(2):
        item_factory(parent=listing)
    urls = [f"/ar/{slug}/", f"/ar/{slug}/?year={timezone.localdate().year}"]
    small = [count_queries(client, url) for url in urls]

    for _number in range(20):
        item_factory(parent=listing)
    large = [count_queries(client, url) for url in urls]

    assert max(small) <= MAX_PUBLIC_QUERIES
    assert large == small


@pytest.mark.parametrize(("listing_factory", "item_factory", "slug"), LISTINGS)
def test_detail_page_queries_do_not_grow_with_siblings(
    client, homes, listing_factory, item_factory, slug
):
    listing = listing_factory(parent=homes["ar"], slug=slug)
    page = item_factory(parent=listing)
    small = count_queries(client, page.url)

    for _number in range(10):
        item_factory(parent=listing)
    large = count_queries(client, page.url)

    assert small <= MAX_PUBLIC_QUERIES
    assert large == small


def test_feeds_and_calendars_do_not_grow_with_items(client, homes):
    bulletins = BulletinIndexPageFactory(parent=homes["ar"], slug="bulletins")
    events = EventIndexPageFactory(parent=homes["ar"], slug="events")
    BulletinPageFactory(parent=bulletins)
    EventPageFactory(parent=events)
    urls = ["/ar/bulletins/feed/rss/", "/ar/bulletins/feed/atom/", "/ar/events/ical/"]
    small = [count_queries(client, url) for url in urls]

    for days in range(15):
        BulletinPageFactory(parent=bulletins)
        EventPageFactory(parent=events, start=timezone.now() + datetime.timedelta(days=days))
    large = [count_queries(client, url) for url in urls]

    assert max(small) <= MAX_PUBLIC_QUERIES
    assert large == small


def test_registration_form_queries_are_bounded(client, homes):
    events = EventIndexPageFactory(parent=homes["ar"], slug="events")
    event = EventPageFactory(parent=events, takes_registrations=True)
    for number in range(5):
        RegistrationField.objects.create(
            page=event, label=f"سؤال {number}", field_type="singleline"
        )

    assert count_queries(client, f"{event.url}register/") <= MAX_PUBLIC_QUERIES

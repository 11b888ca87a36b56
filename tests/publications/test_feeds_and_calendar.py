"""RSS, Atom and iCalendar: parsed back as a feed reader or a calendar application would."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from defusedxml import ElementTree as ET
from django.utils import timezone
from icalendar import Calendar

from tests.factories import (
    BulletinIndexPageFactory,
    BulletinPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
BAGHDAD = ZoneInfo("Asia/Baghdad")


def rss_items(response):
    channel = ET.fromstring(response.content).find("channel")
    return channel, [item.findtext("title") for item in channel.findall("item")]


@pytest.fixture
def bulletins(homes):
    listings = {}
    for code, title in [("ar", "نشرة الشهر"), ("en", "Monthly bulletin")]:
        listing = BulletinIndexPageFactory(parent=homes[code], slug="bulletins")
        BulletinPageFactory(parent=listing, title=title, search_description=f"{title}: summary")
        listings[code] = listing
    return listings


def test_bulletin_rss_lists_the_bulletins_of_its_language(client, bulletins):
    response = client.get("/ar/bulletins/feed/rss/")

    channel, items = rss_items(response)
    assert response["Content-Type"].startswith("application/rss+xml")
    assert items == ["نشرة الشهر"]
    assert channel.findtext("language") == "ar"
    link = channel.find("item").findtext("link")
    assert link.startswith("http://testserver/ar/bulletins/")


def test_bulletin_atom_feed_in_english(client, bulletins):
    response = client.get("/en/bulletins/feed/atom/")

    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Monthly bulletin"]
    assert entries[0].findtext(f"{ATOM}summary") == "Monthly bulletin: summary"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_news_feeds_keep_to_the_newest_twenty(client, homes):
    listing = NewsIndexPageFactory(parent=homes["ar"], slug="news")
    for days in range(25):
        NewsPageFactory(
            parent=listing,
            title=f"خبر {days}",
            date=timezone.localdate() - datetime.timedelta(days=days),
        )

    _channel, items = rss_items(client.get("/ar/news/feed/rss/"))

    assert len(items) == 20
    assert items[0] == "خبر 0"


def test_listing_page_advertises_its_feeds(client, bulletins):
    response = client.get("/ar/bulletins/")

    assert 'type="application/rss+xml"' in response.text
    assert 'href="/ar/bulletins/feed/atom/"' in response.text


def test_event_calendar_file_has_baghdad_times(client, homes):
    listing = EventIndexPageFactory(parent=homes["ar"], slug="events")
    start = datetime.datetime(2026, 12, 10, 10, 0, tzinfo=BAGHDAD)
    event = EventPageFactory(
        parent=listing,
        title="ندوة الحقوق",
        start=start,
        end=start + datetime.timedelta(hours=3),
        venue="قاعة الرافدين",
    )

    response = client.get(f"{event.url}ical/")

    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "ندوة الحقوق"
    assert vevent.decoded("DTSTART") == start
    assert vevent["DTSTART"].params["TZID"] == "Asia/Baghdad"
    assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") == datetime.timedelta(hours=3)
    assert "قاعة الرافدين" in str(vevent["LOCATION"])
    assert calendar.walk("VTIMEZONE"), "the time zone is described for calendars without it"


def test_events_calendar_feed_has_upcoming_and_recent_events_of_its_language(client, homes):
    now = timezone.now()
    arabic = EventIndexPageFactory(parent=homes["ar"], slug="events")
    english = EventIndexPageFactory(parent=homes["en"], slug="events")
    EventPageFactory(parent=arabic, title="قادمة", start=now + datetime.timedelta(days=3))
    EventPageFactory(parent=arabic, title="حديثة", start=now - datetime.timedelta(days=10))
    EventPageFactory(parent=arabic, title="قديمة", start=now - datetime.timedelta(days=400))
    EventPageFactory(parent=english, title="Upcoming", start=now + datetime.timedelta(days=3))

    calendar = Calendar.from_ical(client.get("/ar/events/ical/").content)

    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert summaries == ["حديثة", "قادمة"]
    uids = {str(event["UID"]) for event in calendar.walk("VEVENT")}
    assert len(uids) == 2

"""The publication listings: filters in the URL, the right pages in the right order."""

import datetime

import pytest
from django.utils import timezone

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


def titles(response):
    return [item.title for item in response.context["items"].object_list]


def test_bulletins_newest_issue_first_and_filtered_by_year(client, homes):
    listing = BulletinIndexPageFactory(parent=homes["ar"], slug="bulletins")
    BulletinPageFactory(parent=listing, title="العدد الأول", issue_date=datetime.date(2025, 3, 1))
    BulletinPageFactory(parent=listing, title="العدد الثاني", issue_date=datetime.date(2026, 2, 1))
    BulletinPageFactory(parent=listing, title="العدد الثالث", issue_date=datetime.date(2026, 6, 1))

    everything = client.get("/ar/bulletins/")
    only_2025 = client.get("/ar/bulletins/?year=2025")

    assert titles(everything) == ["العدد الثالث", "العدد الثاني", "العدد الأول"]
    assert titles(only_2025) == ["العدد الأول"]
    assert 'value="2025" selected' in only_2025.text  # the choice stays visible


def test_news_filtered_by_kind(client, homes):
    listing = NewsIndexPageFactory(parent=homes["ar"], slug="news")
    NewsPageFactory(parent=listing, title="بيان رسمي", kind="statement")
    NewsPageFactory(
        parent=listing, title="لقاء تلفزيوني", kind="media_appearance", outlet="قناة المواطن"
    )

    response = client.get("/ar/news/?kind=media_appearance")

    assert titles(response) == ["لقاء تلفزيوني"]


def test_unknown_filter_value_is_shown_as_an_error_not_a_crash(client, homes):
    listing = NewsIndexPageFactory(parent=homes["en"], slug="news")
    NewsPageFactory(parent=listing, title="Portal news")

    response = client.get("/en/news/?kind=nonsense&year=abc&page=999")

    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert titles(response) == ["Portal news"]


def test_events_show_upcoming_soonest_first_by_default_and_past_on_request(client, homes):
    listing = EventIndexPageFactory(parent=homes["ar"], slug="events")
    now = timezone.now()
    EventPageFactory(parent=listing, title="بعد شهر", start=now + datetime.timedelta(days=30))
    EventPageFactory(parent=listing, title="بعد أسبوع", start=now + datetime.timedelta(days=7))
    EventPageFactory(parent=listing, title="الشهر الماضي", start=now - datetime.timedelta(days=30))

    assert titles(client.get("/ar/events/")) == ["بعد أسبوع", "بعد شهر"]
    assert titles(client.get("/ar/events/?when=past")) == ["الشهر الماضي"]


def test_events_filtered_by_governorate_and_kind(client, homes):
    listing = EventIndexPageFactory(parent=homes["ar"], slug="events")
    EventPageFactory(parent=listing, title="ندوة البصرة", governorate="basra")
    EventPageFactory(parent=listing, title="ورشة بغداد", governorate="baghdad", kind="workshop")
    EventPageFactory(parent=listing, title="ندوة بغداد", governorate="baghdad", kind="seminar")

    response = client.get("/ar/events/?governorate=baghdad&kind=workshop")

    assert titles(response) == ["ورشة بغداد"]


def test_reports_filtered_by_governorate(client, homes):
    listing = ReportIndexPageFactory(parent=homes["ar"], slug="reports")
    MonitoringReportPageFactory(parent=listing, title="تقرير وطني", governorate="")
    MonitoringReportPageFactory(parent=listing, title="تقرير البصرة", governorate="basra")

    assert titles(client.get("/ar/reports/?governorate=basra")) == ["تقرير البصرة"]


def test_pagination_keeps_the_filters_in_its_links(client, homes):
    listing = NewsIndexPageFactory(parent=homes["ar"], slug="news")
    for _number in range(15):
        NewsPageFactory(parent=listing, kind="statement")

    response = client.get("/ar/news/?kind=statement")

    assert len(titles(response)) == 12
    assert "kind=statement&amp;page=2" in response.text


def test_listing_shows_only_its_own_language(client, homes):
    arabic = BulletinIndexPageFactory(parent=homes["ar"], slug="bulletins")
    english = BulletinIndexPageFactory(parent=homes["en"], slug="bulletins")
    BulletinPageFactory(parent=arabic, title="نشرة عربية")
    BulletinPageFactory(parent=english, title="English bulletin")

    assert titles(client.get("/en/bulletins/")) == ["English bulletin"]


def test_unpublished_pages_are_not_listed(client, homes):
    listing = BulletinIndexPageFactory(parent=homes["ar"], slug="bulletins")
    BulletinPageFactory(parent=listing, title="مسودة", live=False)

    assert titles(client.get("/ar/bulletins/")) == []

"""Campaigns and rights: status from the dates, links shown in the reader's language, and
"act on it" links that open the submission form on the right category."""

import datetime

import pytest
from django.utils import timezone

from campaigns.models import CampaignLink
from complaints.agencies.seed import load_reference_data
from complaints.models import Category
from tests.complaints.conftest import make_citizen
from tests.conftest import publish
from tests.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    RightPageFactory,
    RightsLibraryPageFactory,
)

pytestmark = pytest.mark.django_db


def today(days=0):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.mark.parametrize(
    ("start", "end", "status"),
    [(-5, 10, "active"), (0, 0, "active"), (3, 20, "upcoming"), (-30, -1, "past")],
)
def test_campaign_status_follows_its_dates(homes, start, end, status):
    campaign = CampaignPageFactory.build(start_date=today(start), end_date=today(end))

    assert campaign.status == status


def test_campaign_listing_filters_by_status(client, homes):
    listing = CampaignIndexPageFactory(parent=homes["ar"], slug="campaigns")
    CampaignPageFactory(parent=listing, title="جارية", start_date=today(-3), end_date=today(3))
    CampaignPageFactory(parent=listing, title="قادمة", start_date=today(5), end_date=today(9))
    CampaignPageFactory(parent=listing, title="منتهية", start_date=today(-9), end_date=today(-5))

    def shown(status):
        response = client.get("/ar/campaigns/", {"status": status})
        return [page.title for page in response.context["items"].object_list]

    assert shown("active") == ["جارية"]
    assert shown("upcoming") == ["قادمة"]
    assert shown("past") == ["منتهية"]


def test_rights_library_filters_by_legal_basis(client, homes):
    library = RightsLibraryPageFactory(parent=homes["en"], slug="your-rights")
    RightPageFactory(parent=library, title="Free education", basis_kind="constitution")
    RightPageFactory(parent=library, title="Water supply", basis_kind="law")

    response = client.get("/en/your-rights/", {"basis_kind": "law"})

    assert [page.title for page in response.context["items"].object_list] == ["Water supply"]


@pytest.fixture
def campaign_in_two_languages(homes):
    """An Arabic campaign linked to an Arabic right and event, translated into English."""
    load_reference_data()
    library = RightsLibraryPageFactory(parent=homes["ar"], slug="your-rights")
    events = EventIndexPageFactory(parent=homes["ar"], slug="events")
    listing = CampaignIndexPageFactory(parent=homes["ar"], slug="campaigns")
    right = RightPageFactory(parent=library, title="الحق في التعليم", slug="education")
    event = EventPageFactory(parent=events, title="ندوة الحقوق", slug="seminar")
    campaign = CampaignPageFactory(
        parent=listing,
        title="العودة إلى المدرسة",
        slug="school",
        categories=list(Category.objects.filter(code="SCHOOL")),
    )
    campaign.links = [CampaignLink(page=right), CampaignLink(page=event)]
    publish(campaign)
    for page, title in [
        (library, "Your rights"),
        (events, "Events"),
        (listing, "Campaigns"),
        (right, "The right to education"),
        (event, "Rights seminar"),
        (campaign, "Back to school"),
    ]:
        translation = page.copy_for_translation(homes["en"].locale)
        translation.title = title
        publish(translation)
    return campaign


def test_campaign_links_to_its_rights_and_events_in_the_readers_language(
    client, campaign_in_two_languages
):
    english = client.get("/en/campaigns/school/").text
    arabic = client.get("/ar/campaigns/school/").text

    assert 'href="/en/your-rights/education/">The right to education</a>' in english
    assert 'href="/en/events/seminar/">Rights seminar</a>' in english
    assert "الحق في التعليم" not in english
    assert 'href="/ar/your-rights/education/">الحق في التعليم</a>' in arabic


def test_act_on_it_link_opens_the_form_on_the_category(client, campaign_in_two_languages):
    category = Category.objects.get(code="SCHOOL")
    page = client.get("/en/campaigns/school/").text
    assert 'href="/en/complaints/submit/?category=SCHOOL"' in page

    client.force_login(make_citizen("reader@example.com"))
    form = client.get("/en/complaints/submit/?category=SCHOOL").context["form"]

    assert form.initial["category"] == category.pk


def test_unknown_category_in_the_link_is_ignored(client, campaign_in_two_languages):
    client.force_login(make_citizen("reader@example.com"))

    form = client.get("/en/complaints/submit/?category=%3Cscript%3E").context["form"]

    assert "category" not in form.initial


def test_untranslated_campaign_leads_english_readers_to_their_home_page(client, homes):
    listing = CampaignIndexPageFactory(parent=homes["ar"], slug="campaigns")
    CampaignPageFactory(parent=listing, slug="only-arabic")

    response = client.get("/ar/campaigns/only-arabic/")

    english = next(link for link in response.context["languages"] if link["code"] == "en")
    assert english["url"] == "/en/"
    assert english["is_fallback"]

"""Campaign and rights pages cost the same few queries however many links they carry."""

import pytest

from campaigns.models import CampaignLink
from complaints.agencies.seed import load_reference_data
from complaints.models import Category
from tests.conftest import MAX_PUBLIC_QUERIES, count_queries, publish
from tests.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    RightPageFactory,
    RightsLibraryPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(homes):
    load_reference_data()
    return {
        "library": RightsLibraryPageFactory(parent=homes["ar"], slug="your-rights"),
        "events": EventIndexPageFactory(parent=homes["ar"], slug="events"),
        "campaigns": CampaignIndexPageFactory(parent=homes["ar"], slug="campaigns"),
    }


def campaign_with_links(sections, count):
    rights = [RightPageFactory(parent=sections["library"]) for _ in range(count)]
    events = [EventPageFactory(parent=sections["events"]) for _ in range(count)]
    campaign = CampaignPageFactory(
        parent=sections["campaigns"], categories=list(Category.objects.all()[:count])
    )
    campaign.links = [CampaignLink(page=page) for page in rights + events]
    return publish(campaign)


def test_campaign_page_queries_do_not_grow_with_its_links(client, sections):
    small = count_queries(client, campaign_with_links(sections, 1).url)
    large = count_queries(client, campaign_with_links(sections, 8).url)

    assert small <= MAX_PUBLIC_QUERIES
    assert large == small


def test_right_page_queries_do_not_grow_with_its_categories(client, sections):
    few = RightPageFactory(parent=sections["library"], categories=list(Category.objects.all()[:1]))
    many = RightPageFactory(parent=sections["library"], categories=list(Category.objects.all()[:8]))

    small = count_queries(client, few.url)
    assert small <= MAX_PUBLIC_QUERIES
    assert count_queries(client, many.url) == small


@pytest.mark.parametrize("url", ["/ar/campaigns/", "/ar/your-rights/"])
def test_listing_queries_do_not_grow_with_items(client, sections, url):
    factory, parent = (
        (CampaignPageFactory, sections["campaigns"])
        if "campaigns" in url
        else (RightPageFactory, sections["library"])
    )
    factory(parent=parent)
    small = count_queries(client, url)

    for _number in range(20):
        factory(parent=parent)

    assert small <= MAX_PUBLIC_QUERIES
    assert count_queries(client, url) == small

"""Page types may only be created where they belong, and each has a factory."""

import pytest
from wagtail.models import Page, get_page_models

from campaigns.models import CampaignIndexPage, CampaignPage, RightPage, RightsLibraryPage
from home.models import HomePage, StandardPage
from publications.models import (
    BulletinIndexPage,
    BulletinPage,
    EventIndexPage,
    EventPage,
    MonitoringReportPage,
    NewsIndexPage,
    NewsPage,
    ReportIndexPage,
)
from tests import factories

pytestmark = pytest.mark.django_db

LISTINGS = {
    BulletinIndexPage: BulletinPage,
    NewsIndexPage: NewsPage,
    EventIndexPage: EventPage,
    ReportIndexPage: MonitoringReportPage,
    CampaignIndexPage: CampaignPage,
    RightsLibraryPage: RightPage,
}


def test_every_page_type_of_ours_has_a_factory():
    ours = {
        model
        for model in get_page_models()
        if model._meta.app_label in {"home", "publications", "campaigns"}
    }
    with_factory = {
        factory._meta.model
        for factory in vars(factories).values()
        if isinstance(factory, type)
        and hasattr(factory, "_meta")
        and getattr(factory._meta, "model", None) is not None
    }

    assert ours - with_factory == set()


@pytest.mark.parametrize(("listing", "item"), LISTINGS.items())
def test_listings_sit_under_a_home_page_and_hold_their_own_type_only(homes, listing, item):
    home = homes["ar"]
    assert listing.can_create_at(home)
    page = listing(title="x", slug="x")
    home.add_child(instance=page)

    assert not listing.can_create_at(page)
    assert item.can_create_at(page)
    assert not item.can_create_at(home)
    others = set(LISTINGS.values()) - {item}
    assert not any(other.can_create_at(page) for other in others)
    assert not StandardPage.can_create_at(page)


def test_one_listing_of_each_kind_per_home_page(homes):
    home = homes["ar"]
    home.add_child(instance=BulletinIndexPage(title="النشرات", slug="bulletins"))

    assert not BulletinIndexPage.can_create_at(home)
    assert NewsIndexPage.can_create_at(home)


def test_home_pages_only_at_the_tree_root(homes):
    assert HomePage.can_create_at(Page.get_first_root_node()) is False  # one per language
    assert not HomePage.can_create_at(homes["ar"])


def test_detail_pages_have_no_children(homes):
    assert all(model.allowed_subpage_models() == [] for model in LISTINGS.values())

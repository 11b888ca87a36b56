"""Public pages stay within a fixed number of queries however much content there is."""

import pytest

from home.models import HomePage, StandardPage
from tests.conftest import MAX_PUBLIC_QUERIES, count_queries

pytestmark = pytest.mark.django_db


def add_menu_pages(count):
    home = HomePage.objects.get(locale__language_code="ar")
    for number in range(count):
        page = StandardPage(title=f"صفحة {number}", slug=f"extra-{number}", show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()


@pytest.mark.parametrize(
    "url",
    ["/ar/", "/ar/about/", "/en/contact/", "/ar/complaints/follow-up/", "/ckb/complaints/track/"],
)
def test_public_page_query_count_does_not_grow_with_content(client, portal, url):
    small = count_queries(client, url)
    add_menu_pages(25)
    large = count_queries(client, url)

    assert small <= MAX_PUBLIC_QUERIES
    assert large == small

"""Public pages stay within a fixed number of queries however much content there is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

MAX_PUBLIC_QUERIES = 10


def add_menu_pages(count):
    home = HomePage.objects.get(locale__language_code="ar")
    for number in range(count):
        page = StandardPage(title=f"صفحة {number}", slug=f"extra-{number}", show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()


def queries_for(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "url", ["/ar/", "/ar/about/", "/en/contact/", "/ar/complaints/follow-up/",
            "/ckb/complaints/track/"],
)
def test_public_page_query_count_does_not_grow_with_content(client, demo, url):
    small = queries_for(client, url)
    add_menu_pages(25)
    large = queries_for(client, url)

    assert small <= MAX_PUBLIC_QUERIES
    assert large == small

"""The search page costs the same few queries for 3 or 30 matching pages."""

import pytest

from tests.conftest import MAX_PUBLIC_QUERIES, count_queries, publish
from tests.factories import (
    BulletinIndexPageFactory,
    BulletinPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db


def test_search_queries_do_not_grow_with_results(client, homes):
    bulletins = BulletinIndexPageFactory(parent=homes["ar"], slug="bulletins")
    news = NewsIndexPageFactory(parent=homes["ar"], slug="news")

    def add(count):
        for _number in range(count):
            publish(BulletinPageFactory(parent=bulletins, title="نشرة عن الجواز"))
            publish(NewsPageFactory(parent=news, title="خبر عن الجواز"))

    add(2)
    url = "/ar/search/?q=الجواز"
    small = count_queries(client, url)
    add(15)

    assert small <= MAX_PUBLIC_QUERIES
    assert count_queries(client, url) == small
    assert count_queries(client, "/ar/search/?q=") <= MAX_PUBLIC_QUERIES

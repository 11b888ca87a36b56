"""The demo pages show what the data files hold, each language its own, with dates counted
from the day the demo is loaded."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape
from wagtail.fields import StreamField
from wagtail.models import Locale, Site

from citizens_site.core.demo.data import decode, page_tree, read_page, stream
from citizens_site.core.demo.order import demo_apps
from home.demo import DATA as HOME_DATA
from publications.demo import PAGES as PUBLICATIONS

pytestmark = pytest.mark.django_db

LOADED_ON = datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def loaded_demo(db):
    with time_machine.travel(LOADED_ON, tick=False):
        call_command("load_demo", "--with-users", stdout=io.StringIO())


def data_files():
    """(slugs of the pages above, data) for every page file; ``None`` for the home page."""
    yield None, read_page(HOME_DATA / "home.toml")
    for app in demo_apps():
        if hasattr(app.module, "PAGES"):
            yield from page_tree(app.module.PAGES)


def translations(parents, data):
    """The page of a data file in each language: {code: specific page}."""
    home = Site.objects.get(is_default_site=True).root_page
    page = home
    if parents is not None:
        url_path = home.url_path + "".join(f"{slug}/" for slug in (*parents, data.slug))
        page = home.get_descendants().get(url_path=url_path)
    return {
        code: page.get_translation(Locale.objects.get(language_code=code)).specific
        for code in data.languages
    }


def without_ids(value):
    if isinstance(value, dict):
        return {key: without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [without_ids(item) for item in value]
    return value


def test_every_file_is_a_live_page_titled_as_the_file_says_in_each_language(loaded_demo):
    files = list(data_files())
    assert len(files) == 31

    for parents, data in files:
        for code, page in translations(parents, data).items():
            assert page.live, data.path
            assert type(page) is data.model, data.path
            assert page.locale.language_code == code
            assert page.title == data.languages[code]["title"], (data.path, code)


def test_every_text_and_body_of_a_file_is_its_page_s_in_that_language(loaded_demo):
    for parents, data in data_files():
        for code, page in translations(parents, data).items():
            fields = data.languages[code]
            for name, value in fields.items():
                if isinstance(value, str):
                    assert getattr(page, name) == value, (data.path, code, name)
            if "body" in fields and isinstance(page._meta.get_field("body"), StreamField):
                assert without_ids(list(page.body.get_prep_value())) == stream(fields["body"])


def test_dates_in_the_files_count_from_the_day_the_demo_is_loaded(loaded_demo):
    with time_machine.travel(LOADED_ON, tick=False):
        checked = 0
        for parents, data in data_files():
            arabic = translations(parents, data)["ar"]
            for name, value in decode(data.model, data.shared).items():
                if isinstance(data.shared[name], dict):
                    assert getattr(arabic, name) == value, (data.path, name)
                    checked += 1
    assert checked > 0
    seminar = translations(
        ("events",), read_page(PUBLICATIONS / "events" / "rights-seminar-baghdad.toml")
    )["en"]
    assert timezone.localtime(seminar.start).replace(tzinfo=None) == datetime.datetime(
        2026, 3, 13, 10, 0
    )


def test_each_page_shows_its_title_from_the_file_in_its_language(client, loaded_demo):
    for parents, data in data_files():
        for code, page in translations(parents, data).items():
            response = client.get(page.url)

            assert response.status_code == 200, page.url
            assert page.url.startswith(f"/{code}/")
            assert escape(data.languages[code]["title"]) in response.content.decode(), page.url

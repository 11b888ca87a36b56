"""Campaign signals: PR staff see complaint categories rising well above their usual week,
next to the campaign and rights pages linked to them."""

import datetime

import pytest
import time_machine

from complaints.agencies.seed import load_reference_data
from complaints.models import Category
from tests.complaints.indicator_cases import at, case
from tests.conftest import sign_in_staff
from tests.factories import RightPageFactory, RightsLibraryPageFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _on_today():
    """The cases are dated around TODAY, and the admin's panel reads the clock: pin it."""
    with time_machine.travel(at(TODAY, 12), tick=True):
        yield


def cases_of(category_code, *, per_day):
    """``per_day[n]`` cases submitted n days before TODAY."""
    category = Category.objects.get(code=category_code)
    for days_ago, count in per_day.items():
        for _number in range(count):
            item = case("MOE", submitted=TODAY - datetime.timedelta(days=days_ago))
            item.category = category
            item.save(update_fields=["category"])


@pytest.fixture
def trends(db):
    load_reference_data()
    # Schools: 12 cases this week against 2 a week for the eight weeks before: rising.
    cases_of("SCHOOL", per_day={1: 6, 3: 6, **{10 + 7 * week: 2 for week in range(8)}})
    # Electricity: 12 this week, but 10 a week before: its usual level.
    cases_of("ELECTRICITY", per_day={2: 12, **{9 + 7 * week: 10 for week in range(8)}})
    # Passports: 4 this week from nothing: rising, but too few to signal.
    cases_of("PASSPORT", per_day={1: 4})


def test_only_categories_well_above_their_usual_week_rise(trends):
    rising = list(Category.objects.rising(today=TODAY))

    assert [(category.code, category.recent, category.baseline) for category in rising] == [
        ("SCHOOL", 12, 16)
    ]


def test_pr_editor_sees_the_signal_beside_the_pages_that_cover_it(client, portal, homes, trends):
    library = RightsLibraryPageFactory(parent=homes["ar"], slug="rights")
    right = RightPageFactory(
        parent=library, title="الحق في التعليم", categories=[Category.objects.get(code="SCHOOL")]
    )
    sign_in_staff(client, "editor@example.com")

    response = client.get("/admin/")

    panel = response.text.split('id="rising-complaints-heading"')[1].split("</section>")[0]
    assert Category.objects.get(code="SCHOOL").name_ar in panel
    assert f'href="/admin/pages/{right.pk}/edit/"' in panel
    assert "2.0" in panel  # its usual week


def test_case_staff_do_not_get_the_panel(client, portal, homes, trends):
    sign_in_staff(client, "officer@example.com")

    assert 'id="rising-complaints-heading"' not in client.get("/admin/").text

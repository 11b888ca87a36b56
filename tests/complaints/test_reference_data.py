"""The reference data files load into a sound agency tree, once, and never overwrite edits."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from complaints.agencies import seed
from complaints.models import Agency, Category, PublicHoliday

pytestmark = pytest.mark.django_db


def tree():
    agencies = list(
        Agency.objects.order_by("path").values_list(
            "code", "path", "depth", "numchild", "name_ar", "name_ckb", "name_en", "service_days"
        )
    )
    categories = sorted(
        (
            category.code,
            category.service_days,
            category.all_agencies,
            category.accepts_requests,
            category.accepts_complaints,
            category.accepts_suggestions,
            category.documents_ar,
            tuple(sorted(category.agencies.values_list("code", flat=True))),
        )
        for category in Category.objects.prefetch_related("agencies")
    )
    return agencies, categories


def test_the_files_load_as_treebeard_would_build_them_one_by_one():
    seed.load_reference_data()
    all_at_once = tree()
    Category.objects.all().delete()
    Agency.objects.all().delete()
    seed._add_missing_agencies()
    seed._add_missing_categories()

    assert tree() == all_at_once
    assert len(all_at_once[0]) == len(seed.agency_rows())
    assert len(all_at_once[1]) == len(seed.category_rows())
    assert Agency.find_problems() == ([], [], [], [], [])


def test_sub_formations_sit_under_their_ministry_and_categories_name_who_handles_them():
    seed.load_reference_data()

    civil_affairs = Agency.objects.get(code="MOI-NCA")
    assert civil_affairs.get_parent().code == "MOI"
    assert civil_affairs.name_en == "General Directorate of Nationality and Civil Affairs"
    assert list(Category.objects.get(code="CIVIL-ID").agencies.values_list("code", flat=True)) == [
        "MOI-NCA"
    ]


def test_a_second_run_adds_what_is_missing_and_keeps_the_administrators_edits():
    seed.load_reference_data()
    Agency.objects.filter(code="MOI").update(name_en="Interior (edited)")
    Category.objects.get(code="CIVIL-ID").delete()

    call_command("load_reference_data", stdout=io.StringIO())

    assert Agency.objects.get(code="MOI").name_en == "Interior (edited)"
    assert Category.objects.filter(code="CIVIL-ID").exists()
    assert Agency.objects.count() == len(seed.agency_rows())


def test_the_command_loads_this_and_next_years_fixed_holidays_once():
    call_command("load_reference_data", stdout=io.StringIO())
    call_command("load_reference_data", stdout=io.StringIO())

    year = timezone.localdate().year
    days = set(PublicHoliday.objects.values_list("date", flat=True))
    assert {datetime.date(year, 3, 21), datetime.date(year + 1, 3, 21)} <= days
    assert PublicHoliday.objects.count() == 2 * len(seed.read_rows("public_holidays.csv"))

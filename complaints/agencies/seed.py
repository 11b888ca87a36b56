"""Load the reference data (agencies, categories, public holidays) from the CSV files in
``complaints/agencies/data/``, idempotently.

Real data, not demo data: production runs it once (`manage.py load_reference_data`) and
administrators edit the rows in the admin afterwards. Existing rows are never overwritten,
so an administrator's corrections survive a second run.

The files are CSV so that the ministry's staff can check and correct them in a spreadsheet,
in the three languages side by side:

- ``agencies.csv``: one body per row; ``parent`` is the code of the body it belongs to (empty
  for a ministry, governorate or independent body).
- ``categories.csv``: ``kinds`` and ``agencies`` are space-separated lists (``*`` in
  ``agencies``: offered for every agency).
- ``public_holidays.csv``: the holidays fixed by date in the Official Holidays Law, loaded for
  the given years. Holidays of the Hijri calendar move with the moon sighting and are announced
  each year; administrators enter them in the admin.
"""

import csv
import datetime
from functools import cache
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from complaints.agencies.models import Agency, Category, PublicHoliday

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_rows(name):
    """The rows of one data file as dicts (empty cells as empty strings)."""
    with open(DATA_DIR / name, newline="", encoding="utf-8") as data:
        return list(csv.DictReader(data))


@cache
def agency_rows():
    return read_rows("agencies.csv")


@cache
def category_rows():
    return read_rows("categories.csv")


def _agency(row):
    return Agency(
        code=row["code"],
        kind=row["kind"],
        name_ar=row["name_ar"],
        name_ckb=row["name_ckb"],
        name_en=row["name_en"],
        email=row["email"],
        service_days=int(row["service_days"] or 15),
        governorate=row["governorate"],
    )


def _children_by_parent():
    children = {}
    for row in agency_rows():
        children.setdefault(row["parent"] or None, []).append(row)
    for siblings in children.values():
        siblings.sort(key=lambda row: row["code"])  # Agency.node_order_by
    return children


def _create_agency_tree():
    """Every agency in one insert: the materialised paths are worked out here, in the order
    treebeard would give them (siblings by code), instead of one tree insert per row."""
    children = _children_by_parent()
    agencies = []

    def place(parent_path, depth, rows):
        for step, row in enumerate(rows, start=1):
            agency = _agency(row)
            agency.depth = depth
            agency.path = Agency._get_path(parent_path, depth, step)
            agency.numchild = len(children.get(row["code"], []))
            agencies.append(agency)
            place(agency.path, depth + 1, children.get(row["code"], []))

    place(None, 1, children.get(None, []))
    Agency.objects.bulk_create(agencies)


def _add_missing_agencies():
    """Add the rows of the file that the table lacks, one tree insert each, parents first."""
    children = _children_by_parent()

    def ensure(rows, parent):
        for row in rows:
            agency = Agency.objects.filter(code=row["code"]).first()
            if agency is None:
                agency = _agency(row)
                agency = (
                    parent.add_child(instance=agency)
                    if parent
                    else Agency.add_root(instance=agency)
                )
            ensure(children.get(row["code"], []), agency)

    ensure(children.get(None, []), None)


def _add_missing_categories():
    existing = set(Category.objects.values_list("code", flat=True))
    codes = dict(Agency.objects.values_list("code", "pk"))
    new, handled_by = [], []
    for row in category_rows():
        if row["code"] in existing:
            continue
        kinds, agencies = row["kinds"].split(), row["agencies"].split()
        new.append(
            Category(
                code=row["code"],
                name_ar=row["name_ar"],
                name_ckb=row["name_ckb"],
                name_en=row["name_en"],
                documents_ar=row["documents_ar"],
                documents_ckb=row["documents_ckb"],
                documents_en=row["documents_en"],
                service_days=int(row["service_days"]) if row["service_days"] else None,
                all_agencies=agencies == ["*"],
                **{f"accepts_{kind}s": True for kind in kinds},
            )
        )
        handled_by.append([] if agencies == ["*"] else [codes[code] for code in agencies])
    Category.objects.bulk_create(new)
    saved = dict(Category.objects.filter(code__in=[c.code for c in new]).values_list("code", "pk"))
    through = Category.agencies.through
    through.objects.bulk_create(
        [
            through(category_id=saved[category.code], agency_id=agency_id)
            for category, agency_ids in zip(new, handled_by, strict=True)
            for agency_id in agency_ids
        ]
    )


def load_public_holidays(years):
    """The fixed-date public holidays of ``years`` (existing dates are left as they are)."""
    taken = set(PublicHoliday.objects.values_list("date", flat=True))
    PublicHoliday.objects.bulk_create(
        [
            PublicHoliday(date=day, name=row["name_ar"])
            for year in years
            for row in read_rows("public_holidays.csv")
            if (day := datetime.date(year, int(row["month"]), int(row["day"]))) not in taken
        ]
    )


@transaction.atomic
def load_reference_data(*, holidays=False):
    """Agencies and categories; with ``holidays``, this year's and next year's fixed-date
    public holidays too (a test that counts working days asks for them explicitly)."""
    if Agency.objects.exists():
        _add_missing_agencies()
    else:
        _create_agency_tree()
    _add_missing_categories()
    if holidays:
        year = timezone.localdate().year
        load_public_holidays([year, year + 1])

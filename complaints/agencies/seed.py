"""Load the reference data (agencies and categories) from reference_data.py, idempotently.

Real data, not demo data: production runs it once (`manage.py load_reference_data`) and
administrators edit the rows in the admin afterwards. Existing rows are never overwritten,
so an administrator's corrections survive a second run.
"""

from django.db import transaction

from complaints.agencies.models import Agency, Category
from complaints.agencies.reference_data import AGENCIES, CATEGORIES


def _agency_fields(spec):
    return {
        "kind": spec["kind"],
        "name_ar": spec["name"]["ar"],
        "name_ckb": spec["name"]["ckb"],
        "name_en": spec["name"]["en"],
        "email": spec.get("email") or "",
        "service_days": spec.get("service_days") or 15,
        "governorate": spec.get("governorate") or "",
    }


def _ensure_agency(spec, parent):
    agency = Agency.objects.filter(code=spec["code"]).first()
    if agency is None:
        agency = Agency(code=spec["code"], **_agency_fields(spec))
        agency = parent.add_child(instance=agency) if parent else Agency.add_root(instance=agency)
    for child in spec.get("children", []):
        _ensure_agency(child, agency)
    return agency


@transaction.atomic
def load_reference_data():
    for spec in AGENCIES:
        _ensure_agency(spec, None)
    codes = dict(Agency.objects.values_list("code", "pk"))
    for spec in CATEGORIES:
        if Category.objects.filter(code=spec["code"]).exists():
            continue
        category = Category.objects.create(
            code=spec["code"],
            name_ar=spec["name"]["ar"], name_ckb=spec["name"]["ckb"], name_en=spec["name"]["en"],
            documents_ar=spec["documents"]["ar"], documents_ckb=spec["documents"]["ckb"],
            documents_en=spec["documents"]["en"],
            service_days=spec.get("service_days"),
            all_agencies=spec["agencies"] == ["*"],
            **{f"accepts_{kind}s": True for kind in spec["kinds"]},
        )
        if spec["agencies"] != ["*"]:
            category.agencies.set([codes[code] for code in spec["agencies"]])

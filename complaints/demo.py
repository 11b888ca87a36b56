"""Demo data of the complaints app: the real reference data and, with the demo users, the demo
officers' agencies, the demo citizen's details and two cases of theirs (``demo/citizen.toml``).
"""

import tomllib
from pathlib import Path

from django.contrib.auth import get_user_model

from complaints.agencies.seed import load_reference_data
from complaints.cases import workflow
from complaints.indicators import store
from complaints.models import Agency, Category, Membership

DEPENDS_ON = ["core"]  # the demo users, for their memberships and cases
DATA = Path(__file__).with_name("demo") / "citizen.toml"


def load(*, with_users, stdout):
    load_reference_data(holidays=True)
    stdout.write(f"{Agency.objects.count()} agencies, {Category.objects.count()} categories.")
    if not with_users:
        return
    with DATA.open("rb") as file:
        data = tomllib.load(file)
    User = get_user_model()
    for membership in data["memberships"]:
        Membership.objects.get_or_create(
            user=User.objects.get(email=membership["email"]),
            agency=Agency.objects.get(code=membership["agency"]),
            defaults={"role": Membership.Role(membership["role"])},
        )
    details = dict(data["citizen"])
    citizen = User.objects.get(email=details.pop("email"))
    if not citizen.has_citizen_details:
        for name, value in details.items():
            setattr(citizen, name, value)
        citizen.save()
    for spec in [] if citizen.cases.exists() else data["cases"]:
        category = Category.objects.filter(code=spec["category"]).first()
        agency = Agency.objects.get(code=spec["agency"])
        if category is None:
            continue
        workflow.submit_case(
            citizen=citizen,
            kind=spec["kind"],
            category=category,
            agency=agency,
            subject=spec["subject"],
            details=spec["details"],
            place="baghdad",
            place_country="",
            consent_to_publish=False,
            files=[],
            language="ar",
        )
    store.refresh()  # so the indicators show the demo cases at once

"""Verified citizens for the load run, written straight to the target database:

    DATABASE_URL=... .venv/bin/python -m tests.benchmarks.load.accounts 2000 accounts.json

Each has the details the submission form needs (name, mobile, governorate) and a verified
address, as a citizen who signed up and clicked the link has. They share one password, hashed
once: hashing it for every account would take longer than the run. The file lists the
addresses and the password for the locustfile. Refuses a database that already has users.
"""

import argparse
import json
import os
import secrets

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citizens_site.settings.base")
django.setup()

from allauth.account.models import EmailAddress  # noqa: E402 - needs the apps set up
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import transaction  # noqa: E402

from citizens_site.core.geography import ABROAD, place_choices  # noqa: E402

NAMES = ["علي حسن كاظم", "زينب محمد جاسم", "هه‌ڤاڵ ئه‌حمه‌د", "Sara Karim", "مصطفى عبد الله"]


def create_citizens(count: int) -> dict:
    User = get_user_model()
    if User.objects.exists():
        raise SystemExit("The database already has users: the load run needs a fresh one.")
    password = secrets.token_urlsafe(18)
    hashed = make_password(password)
    places = [code for code, _label in place_choices() if code != ABROAD]
    users = [
        User(
            email=f"citizen{n:05d}@load.example",
            password=hashed,
            full_name=NAMES[n % len(NAMES)],
            phone=f"+96477{n:08d}",
            residence=places[n % len(places)],
        )
        for n in range(count)
    ]
    with transaction.atomic():
        created = User.objects.bulk_create(users, batch_size=1000)
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in created],
            batch_size=1000,
        )
    return {"password": password, "emails": [u.email for u in created]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("output")
    args = parser.parse_args()
    accounts = create_citizens(args.count)
    with open(args.output, "w", encoding="utf-8") as output:
        json.dump(accounts, output)
    print(f"{len(accounts['emails'])} verified citizens created.")


if __name__ == "__main__":
    main()

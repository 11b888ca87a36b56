"""The demo site: the loader's parts (``data`` reads the apps' page files, ``pages`` creates
and publishes pages with their translations, ``order`` orders the apps by what each declares
it needs) and the core app's own demo data: the locales, the staff groups and one local-only
user per role (listed in ``users.toml`` beside this module).

The passwords are published in the README, so these users are created only when DEBUG is on
(or when explicitly asked), never by accident on a public server.
"""

import tomllib
from pathlib import Path

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from citizens_site.core import roles
from citizens_site.core.accounts.totp import give_authenticator

# Every demo staff user's authenticator secret (add it to any authenticator app, or run
# `manage.py demo_totp_code`). Public, like the passwords: demo users exist only locally.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 (published demo value)

DEPENDS_ON = []


def _read_users():
    """(email, password, (first name, last name), group or None, is_superuser) per user."""
    with (Path(__file__).parent / "users.toml").open("rb") as file:
        users = tomllib.load(file)["users"]
    for user in users:
        if "group" in user and user["group"] not in roles.STAFF_GROUPS:
            raise ValueError(f"{user['email']}: no staff group is called {user['group']!r}")
    return [
        (
            user["email"],
            user["password"],
            (user["first_name"], user["last_name"]),
            user.get("group"),
            user.get("superuser", False),
        )
        for user in users
    ]


DEMO_USERS = _read_users()


def ensure_locales():
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def ensure_demo_users(groups):
    User = get_user_model()
    for email, password, (first, last), group_name, is_superuser in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email,
                password=password,
                first_name=first,
                last_name=last,
                is_staff=is_superuser,
                is_superuser=is_superuser,
            )
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if group_name:
            give_authenticator(user, DEMO_TOTP_SECRET)
        if group_name:
            user.groups.add(groups[group_name])
            profile = UserProfile.get_for_user(user)
            if not profile.preferred_language:
                profile.preferred_language = "ar"
                profile.save(update_fields=["preferred_language"])


def load(*, with_users, stdout):
    ensure_locales()
    groups = roles.ensure_role_groups()
    if with_users:
        ensure_demo_users(groups)
        stdout.write(f"Demo users: {', '.join(u[0] for u in DEMO_USERS)} (passwords in README).")

"""Build the demo site: every app's ``demo.load()``, each app after those it declares it needs.

Each app owns its demo data in its own ``demo`` module, which declares ``DEPENDS_ON`` (see
``demo_apps``), so this command (in site/core) needs to import no app. Every loader is
idempotent: it creates what is missing and leaves what is there, so running the command twice
changes nothing.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from citizens_site.core.demo_apps import demo_apps


class Command(BaseCommand):
    help = "Load the demo content, staff groups and (when DEBUG is on) demo users. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-users", action="store_true",
            help="Create the demo users even with DEBUG off (their passwords are public).",
        )
        parser.add_argument("--no-users", action="store_true", help="Never create demo users.")
        parser.add_argument(
            "--skip", action="append", default=[], metavar="APP",
            help="Leave out one app's demo content (repeatable), e.g. --skip publications.",
        )

    def handle(self, *args, with_users, no_users, skip, **options):
        create_users = not no_users and (settings.DEBUG or with_users)
        with transaction.atomic():
            for app in demo_apps():
                if app.label in skip or app.name in skip:
                    continue
                app.module.load(with_users=create_users, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

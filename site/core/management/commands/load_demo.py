"""Build the demo site: every app's ``demo.load()``, in INSTALLED_APPS order.

Each app owns its demo data in its own ``demo`` module, so this command (in site/core) needs
to import no app. Every loader is idempotent: it creates what is missing and leaves what is
there, so running the command twice changes nothing.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule


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
            for app_config in apps.get_app_configs():
                ours = app_config.path.startswith(str(settings.BASE_DIR))
                if app_config.label in skip or app_config.name in skip:
                    continue
                if not ours or not module_has_submodule(app_config.module, "demo"):
                    continue
                module = import_module(f"{app_config.name}.demo")
                module.load(with_users=create_users, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

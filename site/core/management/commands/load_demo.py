"""Build the demo site: every app's demo data, each app after those it declares it needs.

Each app owns its demo data: a ``demo`` module declaring ``DEPENDS_ON`` (see ``demo_apps``),
with a ``load()`` for what is not pages (users, reference data, settings) and ``PAGES``, a
folder of page data files (see ``demo_data``), loaded under the default site's home page, then
``finish(pages)`` for what needs the pages made (a bulletin's printed PDF). So
this command (in site/core) imports no app. Everything is idempotent: it creates what is
missing and leaves what is there, so running the command twice changes nothing.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Site

from citizens_site.core.demo.data import load_pages
from citizens_site.core.demo.order import demo_apps


class Command(BaseCommand):
    help = "Load the demo content, staff groups and (when DEBUG is on) demo users. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-users",
            action="store_true",
            help="Create the demo users even with DEBUG off (their passwords are public).",
        )
        parser.add_argument("--no-users", action="store_true", help="Never create demo users.")
        parser.add_argument(
            "--skip",
            action="append",
            default=[],
            metavar="APP",
            help="Leave out one app's demo content (repeatable), e.g. --skip publications.",
        )

    def handle(self, *args, with_users, no_users, skip, **options):
        create_users = not no_users and (settings.DEBUG or with_users)
        languages = ", ".join(code for code, _name in settings.LANGUAGES)
        with transaction.atomic():
            for app in demo_apps():
                if app.label in skip or app.name in skip:
                    continue
                if hasattr(app.module, "load"):
                    app.module.load(with_users=create_users, stdout=self.stdout)
                if hasattr(app.module, "PAGES"):
                    home = Site.objects.get(is_default_site=True).root_page.specific
                    pages = load_pages(
                        app.module.PAGES, home, getattr(app.module, "PAGE_TYPES", {})
                    )
                    self.stdout.write(f"{app.label}: {len(pages)} pages in {languages}.")
                    if hasattr(app.module, "finish"):
                        app.module.finish(pages, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

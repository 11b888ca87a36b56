"""Print the current second-factor code of the demo staff users (local development only)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from citizens_site.core.accounts.totp import current_code
from citizens_site.core.demo import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Print the current TOTP code shared by the demo staff users (DEBUG only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo codes exist only in development (DEBUG=1).")
        self.stdout.write(current_code(DEMO_TOTP_SECRET))

from django.core.management.base import BaseCommand

from complaints.indicators import store
from complaints.indicators.transparency import PERIODS, published_figures


class Command(BaseCommand):
    help = (
        "Bring the indicators' summary up to date, then the public transparency figures "
        "(every ten minutes from cron; with --full nightly)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--full",
            action="store_true",
            help="Recount every day, not only those whose cases changed.",
        )

    def handle(self, *args, full, **options):
        recounted = store.refresh(full=full)
        for period in PERIODS:
            published_figures(period, refresh=True)
        what = "months" if full else "days"
        self.stdout.write(
            f"Indicators recounted for {recounted} {what}; transparency figures "
            f"refreshed for {len(PERIODS)} periods."
        )

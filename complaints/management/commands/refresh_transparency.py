from django.core.management.base import BaseCommand

from complaints.transparency import PERIODS, published_figures


class Command(BaseCommand):
    help = "Recompute the public transparency figures ahead of visitors (run every 10 minutes)."

    def handle(self, *args, **options):
        for period in PERIODS:
            published_figures(period, refresh=True)
        self.stdout.write(f"Transparency figures refreshed for {len(PERIODS)} periods.")

from django.core.management.base import BaseCommand

from complaints.agencies.seed import load_reference_data
from complaints.models import Agency, Category


class Command(BaseCommand):
    help = "Load the Iraqi agencies and request categories (idempotent; edits are kept)."

    def handle(self, *args, **options):
        load_reference_data()
        self.stdout.write(
            f"{Agency.objects.count()} agencies and {Category.objects.count()} categories."
        )

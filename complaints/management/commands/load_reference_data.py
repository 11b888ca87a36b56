from django.core.management.base import BaseCommand

from complaints.agencies.seed import load_reference_data
from complaints.models import Agency, Category, PublicHoliday


class Command(BaseCommand):
    help = (
        "Load the Iraqi agencies, request categories and this year's and next year's "
        "fixed-date public holidays from complaints/agencies/data/ (idempotent; edits are "
        "kept)."
    )

    def handle(self, *args, **options):
        load_reference_data(holidays=True)
        self.stdout.write(
            f"{Agency.objects.count()} agencies, {Category.objects.count()} categories, "
            f"{PublicHoliday.objects.count()} public holidays."
        )

from django.core.management.base import BaseCommand
from django.utils import timezone

from complaints.cases.scheduled import anonymise_archived_cases, archive_finished_cases


class Command(BaseCommand):
    help = (
        "Archive finished cases and remove personal data from those past the retention "
        "period (run daily)."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        archived = archive_finished_cases(now=now)
        anonymised = anonymise_archived_cases(now=now)
        self.stdout.write(f"{archived} archived, {anonymised} anonymised.")

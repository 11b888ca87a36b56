"""Delete files kept from failed submissions that nobody came back for (run daily by cron)."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from complaints.models import PendingUpload


class Command(BaseCommand):
    help = "Delete kept uploads older than a day (their submission was never completed)."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=1)
        stale = PendingUpload.objects.filter(created_at__lt=cutoff)
        count = 0
        for upload in stale.iterator():
            upload.file.delete(save=False)
            upload.delete()
            count += 1
        self.stdout.write(f"Deleted {count} kept upload(s).")

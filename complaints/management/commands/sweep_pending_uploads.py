"""Delete files kept from failed submissions that nobody came back for (run daily by cron)."""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from complaints.models import PendingUpload


class Command(BaseCommand):
    help = "Delete kept uploads older than a day (their submission was never completed)."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=1)
        stale = PendingUpload.objects.filter(created_at__lt=cutoff)
        count = 0
        for pk in stale.values_list("pk", flat=True):
            # One at a time, the row locked while its file goes: a submission that claims the
            # upload at this moment (it takes the file over, without a copy) either waits and
            # finds it gone, or is skipped here. The file goes first, so a failure in between
            # leaves a row without its file, which the next sweep removes, never a file
            # without its row.
            with transaction.atomic():
                locked = PendingUpload.objects.select_for_update(skip_locked=True)
                upload = locked.filter(pk=pk).first()
                if upload is None:
                    continue
                upload.file.delete(save=False)
                upload.delete()
                count += 1
        self.stdout.write(f"Deleted {count} kept upload(s).")

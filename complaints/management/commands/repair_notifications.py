"""Queue the messages a process died before queueing (run every few minutes by cron)."""

import datetime

from django.core.management.base import BaseCommand

from complaints.messaging import outbox


class Command(BaseCommand):
    help = (
        "Queue every message (receipt, case update, SMS) whose change committed but whose "
        "process died before handing it to the task queue. Each is queued once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than-minutes",
            type=int,
            default=int(outbox.REPAIR_AFTER.total_seconds() // 60),
            help="leave younger notices to the process that is queueing them (default 5)",
        )

    def handle(self, *args, **options):
        handed = outbox.repair(older_than=datetime.timedelta(minutes=options["older_than_minutes"]))
        self.stdout.write(f"Queued {handed} message(s) that had not been queued.")

from django.core.management.base import BaseCommand
from django.utils import timezone

from complaints.cases.scheduled import check_service_levels


class Command(BaseCommand):
    help = "Warn supervisors of overdue cases and escalate long-overdue ones (run daily)."

    def handle(self, *args, **options):
        counts = check_service_levels(today=timezone.localdate())
        self.stdout.write(f"{counts['warned']} warned, {counts['escalated']} escalated.")

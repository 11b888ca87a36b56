from django.core.management.base import BaseCommand

from complaints.backoffice.digests import send_queue_digests


class Command(BaseCommand):
    help = "Email each staff member whose queue has cases waiting past triage (run daily)."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_queue_digests()} digest(s) sent.")

from django.core.management.base import BaseCommand

from citizens_site.core.roles import ensure_role_groups


class Command(BaseCommand):
    help = "Create the staff groups (moderators, officers, supervisors, PR editors and publishers)."

    def handle(self, *args, **options):
        groups = ensure_role_groups()
        self.stdout.write(self.style.SUCCESS(f"{len(groups)} staff groups are in place."))

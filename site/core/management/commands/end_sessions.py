"""Sign a person out everywhere: a lost phone, a staff member who left, a suspected takeover."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from citizens_site.core.accounts.session_limits import end_sessions


class Command(BaseCommand):
    help = "End every session of the user with this e-mail address (at their next request)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        user = get_user_model().objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError("No user has this e-mail address.")
        end_sessions(user)
        self.stdout.write(f"Every session of user {user.pk} ends at its next request.")

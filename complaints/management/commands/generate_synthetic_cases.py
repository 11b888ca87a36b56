from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from complaints.agencies.seed import load_reference_data
from complaints.synthetic import generate_cases


class Command(BaseCommand):
    help = "Add synthetic cases (for benchmarks; never on a production database)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--force", action="store_true",
                            help="Run even with DEBUG off (a staging copy, never production).")

    def handle(self, *args, count, seed, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError("DEBUG is off: pass --force if this is really not production.")
        load_reference_data()
        generate_cases(count, seed=seed)
        self.stdout.write(f"{count} synthetic cases added.")

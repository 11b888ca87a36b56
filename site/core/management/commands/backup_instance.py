from django.core.management.base import BaseCommand

from citizens_site.core.backups import back_up


class Command(BaseCommand):
    help = (
        "Back up the database and the public and private files into a new folder "
        "(restore it with restore_instance)."
    )

    def add_arguments(self, parser):
        parser.add_argument("destination", help="a folder that does not exist yet")

    def handle(self, *args, destination, **options):
        manifest = back_up(destination)
        count = sum(len(files) for files in manifest["files"].values())
        self.stdout.write(
            f"Backed up the {manifest['database']} database and {count} files into {destination}."
        )

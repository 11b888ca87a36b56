from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError

from citizens_site.core.backups import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup_instance folder into a fresh instance (empty database and file "
        "folders), check every file against the backup's manifest, then run the apps' "
        "checks of their records (verify_case_files)."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="a folder written by backup_instance")

    def handle(self, *args, source, **options):
        try:
            manifest = restore(source)
        except BackupError as error:
            raise CommandError(str(error)) from error
        count = sum(len(files) for files in manifest["files"].values())
        self.stdout.write(
            f"Restored the database and {count} files from {source} "
            f"(backed up {manifest['created']})."
        )
        # The complaints app checks that every case opens and every attachment is intact.
        if "verify_case_files" in get_commands():
            call_command("verify_case_files", stdout=self.stdout)

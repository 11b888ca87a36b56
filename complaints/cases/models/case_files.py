"""A case file: one PDF of a case (details, timeline, list of files), or of its receipt, built
by a task when someone asks for it and kept in private storage, like the attachments."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from complaints.cases.models.cases import Case, private_storage


def case_file_path(instance, filename):
    return f"case-files/{instance.case.reference}/{instance.pk or 'new'}-{filename}"


class CaseFile(models.Model):
    class Audience(models.TextChoices):
        # The citizen's copy leaves out internal notes and files not shown to them.
        STAFF = "staff", _("Staff")
        CITIZEN = "citizen", _("Citizen")
        # The receipt the citizen downloads: what the receipt page shows, the access code
        # aside (case_file.render_receipt).
        RECEIPT = "receipt", _("Receipt")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="case_files")
    audience = models.CharField(max_length=10, choices=Audience.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    file = models.FileField(
        upload_to=case_file_path, storage=private_storage, blank=True, max_length=200
    )
    ready_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["case", "audience", "-requested_at"], name="casefile_case_recent")
        ]

    def __str__(self):
        return f"{self.case.reference} ({self.audience})"

    @property
    def download_name(self):
        if self.audience == self.Audience.RECEIPT:
            return f"receipt-{self.case.reference}.pdf"
        return f"{self.case.reference}.pdf"

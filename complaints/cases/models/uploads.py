"""Uploads kept across a failed form (the citizen's and the staff's case forms alike)."""

import uuid

from django.conf import settings
from django.db import models

from complaints.cases.models.cases import private_storage


def pending_upload_path(instance, filename):
    return f"pending/{uuid.uuid4().hex}"


class PendingUpload(models.Model):
    """A file that passed every check while the rest of the form did not.

    Kept so the citizen does not have to choose it again; claimed by the case on success and
    swept after a day otherwise.
    """

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    file = models.FileField(upload_to=pending_upload_path, storage=private_storage, max_length=200)
    original_name = models.CharField(max_length=150)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self):
        return self.original_name

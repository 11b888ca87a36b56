"""Short-lived records of the citizen-side follow-up: uploads kept across a failed form, and
one-time codes sent by SMS to follow up by phone number."""

import uuid

from django.conf import settings
from django.db import models

from .cases import private_storage


def pending_upload_path(instance, filename):
    return f"pending/{uuid.uuid4().hex}"


class PendingUpload(models.Model):
    """A file that passed every check while the rest of the form did not.

    Kept so the citizen does not have to choose it again; claimed by the case on success and
    swept after a day otherwise.
    """

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    file = models.FileField(upload_to=pending_upload_path, storage=private_storage, max_length=200)
    original_name = models.CharField(max_length=150)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self):
        return self.original_name


class PhoneVerification(models.Model):
    """A one-time code sent by SMS: random, single use, short-lived, limited in tries."""

    phone = models.CharField(max_length=20, db_index=True)
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(db_index=True)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.phone[:-4]}**** {self.created_at:%Y-%m-%d %H:%M}"

"""One-time codes sent by SMS so that a citizen without an account follows up by phone."""

from django.db import models


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

"""The outbox: messages promised by a committed change and not yet handed to the task queue."""

from django.db import models
from django.utils import timezone


class PendingNotice(models.Model):
    """One message task (mail or SMS) to queue once the change that promised it commits.

    Written in the change's own transaction and deleted as its task is queued, right after the
    commit; a row still here minutes later means the process died in between, and
    ``manage.py repair_notifications`` queues it. Needed only when the task backend is not the
    database queue (whose task row commits with the change itself). The arguments hold the
    rendered message and its address, so rows live minutes, not longer.
    """

    task = models.CharField(max_length=200)  # the task's import path
    arguments = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"{self.task} {self.created_at:%Y-%m-%d %H:%M}"

"""Queueing a message so that it goes out if, and only if, the change that sends it commits,
and is not lost if the process dies just after the commit.

With the database queue (production: ``django_tasks_db.DatabaseBackend``) the task's row is
written in the change's own transaction: the case and its receipt commit together or not at
all, and the worker only ever sees committed rows. Any other backend (the immediate one of
development and tests runs the task as it is queued) cannot join the transaction, so the
message is written to the outbox (``PendingNotice``) in the transaction and handed to the
backend just after the commit; a notice the process did not live to hand over stays in the
outbox, and ``repair()`` (``manage.py repair_notifications``) hands it over later, once.
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks_db import DatabaseBackend

from complaints.messaging.models import PendingNotice

logger = logging.getLogger(__name__)

# A notice younger than this may still be on its way from a live process's commit.
REPAIR_AFTER = datetime.timedelta(minutes=5)


def in_database_queue(task):
    return isinstance(task.get_backend(), DatabaseBackend)


def queue(task, /, *, repairable=True, **arguments):
    """Queue ``task(**arguments)`` as part of the current transaction. ``repairable=False``
    for messages worthless if late (a sign-in code): those are never re-sent by repair."""
    if in_database_queue(task):
        task.enqueue(**arguments)  # its row commits, or rolls back, with the change
    elif not repairable:
        transaction.on_commit(lambda: task.enqueue(**arguments))
    else:
        notice = PendingNotice.objects.create(task=task.module_path, arguments=arguments)
        # robust: a backend refusing the task now leaves the notice for repair, and never
        # turns the citizen's committed request into an error page.
        transaction.on_commit(lambda: _hand_over(notice.pk), robust=True)


def _hand_over(pk):
    """Queue the notice's task and delete the notice, once: the deletion claims it (a repair
    run at the same moment waits for the row, then finds it gone)."""
    with transaction.atomic():
        notice = PendingNotice.objects.select_for_update().filter(pk=pk).first()
        if notice is None:
            return False
        import_string(notice.task).enqueue(**notice.arguments)
        notice.delete()
    return True


def repair(*, older_than=REPAIR_AFTER):
    """Hand over every notice a process did not live to hand over; return how many. Each is
    queued once: a second run, or two at once, finds nothing left."""
    cutoff = timezone.now() - older_than
    handed = 0
    for pk in PendingNotice.objects.filter(created_at__lt=cutoff).values_list("pk", flat=True):
        with transaction.atomic():
            notice = PendingNotice.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
            if notice is None:
                continue
            import_string(notice.task).enqueue(**notice.arguments)
            notice.delete()
            handed += 1
    if handed:
        logger.warning("Queued %s message(s) left in the outbox by a process that died.", handed)
    return handed

"""Background tasks shared by every app."""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import default_task_backend, task

logger = logging.getLogger(__name__)

# Waits between attempts when the mail server or the SMS gateway is unreachable: a minute,
# then longer, up to a day in all, so a server that comes back delivers everything queued.
RETRY_DELAYS = [60, 300, 900, 3600, 3 * 3600, 6 * 3600, 12 * 3600]


@task()
def send_email(
    *, subject: str, body: str, to: list[str], html: str | None = None, attempt: int = 0
) -> None:
    """Send one rendered message. Runs in the task worker, so a slow or unreachable mail
    server delays only this task (EMAIL_TIMEOUT bounds it), never a citizen's request; on
    failure it queues itself again, later, until RETRY_DELAYS are used up."""
    message = EmailMultiAlternatives(subject, body, settings.DEFAULT_FROM_EMAIL, to)
    if html:
        message.attach_alternative(html, "text/html")
    try:
        message.send()
    except (OSError, smtplib.SMTPException):
        if not retry_later(send_email, attempt, subject=subject, body=body, to=to, html=html):
            raise


def retry_later(task, attempt, **arguments):
    """Queue ``task`` again with ``arguments`` after the next of RETRY_DELAYS. False when
    they are used up or the backend cannot run a task later (the caller then raises, so the
    failure is recorded). The log names the task only: its arguments hold personal data."""
    if attempt >= len(RETRY_DELAYS) or not default_task_backend.supports_defer:
        return False
    logger.warning(
        "%s failed; retrying in %s s (attempt %s).", task.name, RETRY_DELAYS[attempt], attempt + 1
    )
    run_after = timezone.now() + datetime.timedelta(seconds=RETRY_DELAYS[attempt])
    task.using(run_after=run_after).enqueue(**arguments, attempt=attempt + 1)
    return True

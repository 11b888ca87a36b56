"""Background tasks shared by every app."""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import default_task_backend, task

logger = logging.getLogger(__name__)

# Waits between attempts when the mail server is unreachable: a minute, then longer, up to a
# day in all, so a mail server that comes back delivers everything that queued up.
RETRY_DELAYS = [60, 300, 900, 3600, 3 * 3600, 6 * 3600, 12 * 3600]


@task()
def send_email(*, subject: str, body: str, to: list[str], html: str | None = None,
               attempt: int = 0) -> None:
    """Send one rendered message. Runs in the task worker, so a slow or unreachable mail
    server delays only this task (EMAIL_TIMEOUT bounds it), never a citizen's request; on
    failure it queues itself again, later, until RETRY_DELAYS are used up."""
    message = EmailMultiAlternatives(subject, body, settings.DEFAULT_FROM_EMAIL, to)
    if html:
        message.attach_alternative(html, "text/html")
    try:
        message.send()
    except (OSError, smtplib.SMTPException):
        if attempt >= len(RETRY_DELAYS) or not default_task_backend.supports_defer:
            raise
        logger.warning("Mail server unavailable; retrying in %s s (attempt %s).",
                       RETRY_DELAYS[attempt], attempt + 1)
        run_after = timezone.now() + datetime.timedelta(seconds=RETRY_DELAYS[attempt])
        send_email.using(run_after=run_after).enqueue(
            subject=subject, body=body, to=to, html=html, attempt=attempt + 1)

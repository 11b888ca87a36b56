"""Background tasks shared by every app."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def send_email(*, subject: str, body: str, to: list[str], html: str | None = None) -> None:
    """Send one rendered message. Runs in the task worker, so a slow or unreachable mail
    server delays only this task (EMAIL_TIMEOUT bounds it), never a citizen's request."""
    message = EmailMultiAlternatives(subject, body, settings.DEFAULT_FROM_EMAIL, to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()

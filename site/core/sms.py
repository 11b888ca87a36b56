"""Text messages through a small backend interface, like Django's mail backends, and the task
that sends them. They live here, beside the mail task, because accounts send codes too (a new
phone number is confirmed by SMS) and site/core imports no app.

SMS_BACKEND names the class: the console backend prints (development), the locmem backend
keeps messages in ``outbox`` (tests), and the HTTP gateway backend posts each message as JSON
to the operator's gateway (production; SMS_GATEWAY_URL, SMS_GATEWAY_TOKEN, SMS_SENDER). A
gateway with another protocol gets its own class implementing ``send``.
"""

import json
import sys
import urllib.error
import urllib.request
from abc import ABC, abstractmethod

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string
from django_tasks import task

from citizens_site.core.tasks import retry_later

outbox = []  # filled by LocmemBackend, read by tests


class BaseBackend(ABC):
    @abstractmethod
    def send(self, phone: str, message: str) -> None:
        """Deliver ``message`` to ``phone`` (E.164). Raise DeliveryError (or let an OSError
        through) when the gateway cannot take it now, so the task tries again later."""


class ConsoleBackend(BaseBackend):
    def send(self, phone, message):
        sys.stdout.write(f"SMS to {phone}:\n{message}\n{'-' * 40}\n")
        sys.stdout.flush()


class LocmemBackend(BaseBackend):
    def send(self, phone, message):
        outbox.append({"phone": phone, "message": message})


class DeliveryError(Exception):
    """The gateway cannot take the message now (down, busy, refusing): try again later."""


class RejectedError(Exception):
    """The gateway refused this message for good (bad number, bad request): do not retry."""


class HttpGatewayBackend(BaseBackend):
    """POST {"to": E.164 number, "text": message, "sender": SMS_SENDER} as JSON to
    SMS_GATEWAY_URL, with the token as a bearer token. Any 2xx is delivered; 429, 5xx, a
    timeout or an unreachable host is retried; any other answer is a rejection. Neither the
    number nor the text goes into an error message: they are personal data."""

    def send(self, phone, message):
        url = settings.SMS_GATEWAY_URL
        if not url.startswith(("https://", "http://")):
            raise ImproperlyConfigured("SMS_GATEWAY_URL must be an http(s) address.")
        request = urllib.request.Request(  # noqa: S310 (scheme checked above)
            url,
            method="POST",
            data=json.dumps({"to": phone, "text": message, "sender": settings.SMS_SENDER}).encode(),
            headers={
                "Content-Type": "application/json",
                "Authorization": f"Bearer {settings.SMS_GATEWAY_TOKEN}",
            },
        )
        timeout = settings.SMS_GATEWAY_TIMEOUT
        try:
            with urllib.request.urlopen(request, timeout=timeout):  # noqa: S310 (same request)
                return
        except urllib.error.HTTPError as error:
            if error.code == 429 or error.code >= 500:
                raise DeliveryError(f"SMS gateway answered {error.code}") from None
            raise RejectedError(f"SMS gateway refused the message ({error.code})") from None
        except (urllib.error.URLError, TimeoutError) as error:
            raise DeliveryError(f"SMS gateway unreachable ({type(error).__name__})") from None


def get_backend():
    return import_string(settings.SMS_BACKEND)()


@task()
def send_sms(*, phone: str, message: str, attempt: int = 0) -> None:
    """Deliver one text message from the task worker, never from a citizen's request. A
    gateway that is down delays the message (the same waits as mail), never loses it."""
    try:
        get_backend().send(phone, message)
    except (OSError, DeliveryError):
        if not retry_later(send_sms, attempt, phone=phone, message=message):
            raise

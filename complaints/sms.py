"""Text messages through a small backend interface, like Django's mail backends.

SMS_BACKEND names the class: the console backend prints (development), the locmem backend
keeps messages in ``outbox`` (tests); a gateway backend for production implements ``send``.
"""

import sys
from abc import ABC, abstractmethod

from django.conf import settings
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


def get_backend():
    return import_string(settings.SMS_BACKEND)()


class DeliveryError(Exception):
    """The gateway cannot take the message now (down, busy, refusing): try again later."""


@task()
def send_sms(*, phone: str, message: str, attempt: int = 0) -> None:
    """Deliver one text message from the task worker, never from a citizen's request. A
    gateway that is down delays the message (the same waits as mail), never loses it."""
    try:
        get_backend().send(phone, message)
    except (OSError, DeliveryError):
        if not retry_later(send_sms, attempt, phone=phone, message=message):
            raise

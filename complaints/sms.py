"""Text messages through a small backend interface, like Django's mail backends.

SMS_BACKEND names the class: the console backend prints (development), the locmem backend
keeps messages in ``outbox`` (tests); a gateway backend for production implements ``send``.
"""

import sys
from abc import ABC, abstractmethod

from django.conf import settings
from django.utils.module_loading import import_string
from django_tasks import task

outbox = []  # filled by LocmemBackend, read by tests


class BaseBackend(ABC):
    @abstractmethod
    def send(self, phone: str, message: str) -> None:
        """Deliver ``message`` to ``phone`` (E.164), or raise so the task is retried."""


class ConsoleBackend(BaseBackend):
    def send(self, phone, message):
        sys.stdout.write(f"SMS to {phone}:\n{message}\n{'-' * 40}\n")
        sys.stdout.flush()


class LocmemBackend(BaseBackend):
    def send(self, phone, message):
        outbox.append({"phone": phone, "message": message})


def get_backend():
    return import_string(settings.SMS_BACKEND)()


@task()
def send_sms(*, phone: str, message: str) -> None:
    """Deliver one text message from the task worker, never from a citizen's request."""
    get_backend().send(phone, message)

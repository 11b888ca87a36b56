"""Faults with the real services: an SMTP server that is down or stalls, a database
connection cut mid-request, Redis down, a full disk, a process that dies after a commit.

Each module injects one fault; what they share is here: a real SMTP server (aiosmtpd) on a
free local port, the citizen's submission form and the private storage.
"""

import asyncio
import email
import socket

import pytest
from aiosmtpd.controller import Controller

from complaints.models import Attachment, PendingUpload

# The complaints tests' private storage (autouse) and reference data, and their form.
from tests.complaints.conftest import (  # noqa: F401
    SUBMIT,
    form_data,
    private_storage,
    reference_data,
)


def free_port():
    """A local TCP port nothing listens on (the OS's choice, released at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SmtpSink:
    """A real SMTP server on 127.0.0.1 that keeps what it receives in ``messages``.

    ``down()`` closes the port (connections are refused), ``stall()`` keeps it open but
    answers MAIL FROM only after ``stall_seconds`` (longer than EMAIL_TIMEOUT, so the client
    gives up before any message is handed over), ``up()`` serves normally again.
    """

    def __init__(self, port, stall_seconds=30):
        self.port = port
        self.stall_seconds = stall_seconds
        self.messages = []
        self.stalled = False
        self._controller = None

    # aiosmtpd handler hooks
    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.stalled:
            await asyncio.sleep(self.stall_seconds)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"

    def up(self):
        self.stalled = False
        if self._controller is None:
            self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
            self._controller.start()

    def down(self):
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def stall(self):
        self.up()
        self.stalled = True

    def subjects(self):
        return sorted(
            str(email.header.make_header(email.header.decode_header(m["Subject"])))
            for m in self.messages
        )

    def recipients(self):
        return sorted(m["To"] for m in self.messages)


@pytest.fixture
def smtp_sink(settings):
    """The SMTP server the portal's mail backend talks to, up at first; EMAIL_TIMEOUT is
    two seconds so a stalled server costs the worker little."""
    sink = SmtpSink(free_port())
    sink.up()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 2
    yield sink
    sink.down()


def big_pdf(size=200_000):
    """A PDF the upload checks accept, larger than a tiny file system holds."""
    return b"%PDF-1.4\n%" + b"x" * size + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def files_on_disk(root):
    """Every stored file's name relative to the storage root."""
    if not root.exists():
        return set()
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def files_named_by_rows():
    """Every file an attachment or a kept upload names."""
    return {a.file.name for a in Attachment.objects.all()} | {
        u.file.name for u in PendingUpload.objects.all()
    }

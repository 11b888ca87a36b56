"""Every e-mail the portal sends, in one shape: the portal's name in the subject, a plain-text
part and an HTML part, both in the recipient's language and direction, every link built from
the portal's public address, sent by a task.

A message is three templates beside each other: ``<prefix>_subject.txt`` (one line),
``<prefix>_message.txt`` (the text; ``email/base.txt`` adds the signature) and
``<prefix>_message.html`` (extends ``email/base.html``: the portal's name on top, the text
in the language's direction, inline styles only, nothing loaded from anywhere, the public
address at the foot). Inside right-to-left text, references, codes, phone numbers and
addresses are isolated left to right: ``ltr_mail`` (``<bdi dir="ltr">``) in HTML,
``ltr_text`` (LRI … PDI) in text, as on the pages (``citizens_site.core.bidi``).

Links come from WAGTAILADMIN_BASE_URL, never from the request that caused the message: a
mail sent from the task worker has no request, and a request's host is whatever the client
sent. ``make run`` sets it from its own host and port.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from citizens_site.core.tasks import send_email


@dataclass(frozen=True)
class Message:
    subject: str
    text: str
    html: str


def public_url(path=""):
    """``path`` on the portal's public address (WAGTAILADMIN_BASE_URL)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def portal_name():
    """The portal's name in the active language."""
    return str(settings.WAGTAIL_SITE_NAME)


def supported_language(code):
    """``code`` if the portal speaks it, else its default language (Arabic)."""
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def render(template_prefix, context, *, language):
    """The message ``template_prefix`` with ``context``, in ``language``."""
    language = supported_language(language)
    with translation.override(language):
        context = {
            **context,
            "base_url": public_url(),
            "home_url": public_url(f"/{language}/"),
            "portal_name": portal_name(),
            "language": language,
            "direction": "rtl" if translation.get_language_bidi() else "ltr",
        }
        line = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
        # Who speaks first: the portal's name reads the same way in every language.
        subject = f"{portal_name()}: {line}"
        context["subject"] = subject
        body = render_to_string(f"{template_prefix}_message.txt", context).strip()
        text = render_to_string("email/base.txt", {**context, "body": body}).strip() + "\n"
        html = render_to_string(f"{template_prefix}_message.html", context)
    return Message(subject=str(subject), text=str(text), html=str(html))


def send(template_prefix, context, *, to, language, after_commit=True):
    """Render now (the data as it is at this moment) and send from a task; with
    ``after_commit``, once the transaction that caused the message has committed, so a case
    rolled back sends nothing."""
    message = render(template_prefix, context, language=language)
    recipients = [to] if isinstance(to, str) else list(to)

    def enqueue():
        send_email.enqueue(
            subject=message.subject, body=message.text, html=message.html, to=recipients
        )

    if after_commit:
        transaction.on_commit(enqueue)
    else:
        enqueue()
    return message

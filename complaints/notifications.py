"""What citizens are told, and how: rendered in the case's language, sent from tasks once
the transaction that changed the case has committed."""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from citizens_site.core.tasks import send_email

from .sms import send_sms


def _send_email_later(*, template, context, to, language):
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}_message.txt", context)
    transaction.on_commit(lambda: send_email.enqueue(subject=subject, body=body, to=[to]))


def send_phone_code(*, phone, code, language):
    with translation.override(language):
        message = render_to_string("complaints/sms/phone_code.txt", {"code": code}).strip()
    transaction.on_commit(lambda: send_sms.enqueue(phone=phone, message=message))


def case_received(case, *, access_code):
    """The receipt: reference, access code, expected date, what happens next."""
    if not case.citizen_email:
        return
    _send_email_later(
        template="complaints/email/case_received",
        context={"case": case, "access_code": access_code,
                 "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")},
        to=case.citizen_email,
        language=case.language,
    )

"""What citizens and staff are told, and how: e-mail through the portal's one mail layout
(``citizens_site.core.mail``: subject, text and HTML in the recipient's language, links from
the public address), SMS in the case's language. Both are sent from tasks queued as part of
the transaction that changed the case (``outbox``): a message goes out if and only if the
change commits, even if the process dies just after the commit. Citizens read the case's
language, staff the language of their admin profile."""

from django.template.loader import render_to_string
from django.utils import translation

from citizens_site.core import mail
from citizens_site.core.sms import send_sms
from citizens_site.core.tasks import send_email
from complaints.messaging import outbox


def _send_email_later(*, template, context, to, language):
    message = mail.render(template, context, language=language)
    outbox.queue(send_email, subject=message.subject, body=message.text, html=message.html, to=[to])


def _staff_language(profile_language):
    """A staff member's admin language (Arabic or English); Arabic when none is chosen."""
    return mail.supported_language(profile_language)


def send_phone_code(*, phone, code, language):
    with translation.override(language):
        message = render_to_string("complaints/sms/phone_code.txt", {"code": code}).strip()
    # A code is worth nothing minutes later: never re-sent by repair_notifications.
    outbox.queue(send_sms, repairable=False, phone=phone, message=message)


def case_received(case, *, access_code):
    """The receipt: reference, access code, expected date, what happens next. A case entered
    by staff for a citizen without email gets it by SMS."""
    if not case.citizen_email:
        if case.citizen_phone and case.channel != "web":
            with translation.override(case.language):
                message = render_to_string(
                    "complaints/sms/case_received.txt", {"case": case, "access_code": access_code}
                ).strip()
            outbox.queue(send_sms, phone=case.citizen_phone, message=message)
        return
    _send_email_later(
        template="complaints/email/case_received",
        context={"case": case, "access_code": access_code},
        to=case.citizen_email,
        language=case.language,
    )


# The events a citizen is told about, by email (and SMS when they asked for it).
CITIZEN_EVENTS = {
    "registered",
    "info_requested",
    "reply",
    "resolved",
    "reopened",
    "rejected",
    "merged",
}


def citizen_update(case, event):
    if event.kind not in CITIZEN_EVENTS:
        return
    context = {"case": case, "event": event}
    if case.citizen_email:
        _send_email_later(
            template="complaints/email/case_update",
            context=context,
            to=case.citizen_email,
            language=case.language,
        )
    if case.citizen_id and case.citizen.notify_by_sms and case.citizen_phone:
        with translation.override(case.language):
            message = render_to_string("complaints/sms/case_update.txt", context).strip()
        outbox.queue(send_sms, phone=case.citizen_phone, message=message)


def agency_referral(case):
    """Tell the agency's officers (and its contact address) that a case is waiting for them."""
    from complaints.agencies.models import Membership

    recipients = dict(
        Membership.objects.filter(agency=case.agency, user__is_active=True).values_list(
            "user__email", "user__wagtail_userprofile__preferred_language"
        )
    )
    if case.agency.email:
        recipients.setdefault(case.agency.email, "")
    for address, language in sorted(recipients.items()):
        _send_email_later(
            template="complaints/email/case_referred",
            context={"case": case},
            to=address,
            language=_staff_language(language),
        )


def overdue_warning(case):
    """Tell the supervisors of the agency (and of its parents) that a case is overdue."""
    from complaints.agencies.models import Agency, Membership

    ancestors = [
        case.agency.path[:i]
        for i in range(Agency.steplen, len(case.agency.path) + 1, Agency.steplen)
    ]
    recipients = dict(
        Membership.objects.filter(
            role=Membership.Role.SUPERVISOR, agency__path__in=ancestors, user__is_active=True
        ).values_list("user__email", "user__wagtail_userprofile__preferred_language")
    )
    for address, language in sorted(recipients.items()):
        _send_email_later(
            template="complaints/email/case_overdue",
            context={"case": case},
            to=address,
            language=_staff_language(language),
        )


def queue_digest(user, *, count):
    profile = getattr(user, "wagtail_userprofile", None)
    _send_email_later(
        template="complaints/email/queue_digest",
        context={"user": user, "count": count},
        to=user.email,
        language=_staff_language(getattr(profile, "preferred_language", "")),
    )

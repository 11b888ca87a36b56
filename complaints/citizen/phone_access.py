"""Following up by phone number: a one-time code by SMS, then a short session grant.

The code is random, single use, valid for PHONE_CODE_TTL_SECONDS and PHONE_CODE_MAX_ATTEMPTS
tries; it is sent only when the number has cases, but the page says the same either way.
"""

import datetime
import hashlib
import hmac
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from complaints.cases.models import Case
from complaints.citizen.models import PhoneVerification
from complaints.messaging import notifications

SESSION_KEY = "complaints.phone_access"


def _hash(phone, code):
    return hmac.new(
        settings.SECRET_KEY.encode(), f"{phone}:{code}".encode(), hashlib.sha256
    ).hexdigest()


def request_code(*, phone, language):
    """Send a code if this number has cases. Returns nothing: callers must not tell."""
    if not Case.objects.filter(citizen_phone=phone).exists():
        return
    code = f"{secrets.randbelow(10**6):06d}"
    now = timezone.now()
    with transaction.atomic():
        PhoneVerification.objects.filter(phone=phone, used_at__isnull=True).update(used_at=now)
        PhoneVerification.objects.create(
            phone=phone,
            code_hash=_hash(phone, code),
            created_at=now,
            expires_at=now + datetime.timedelta(seconds=settings.PHONE_CODE_TTL_SECONDS),
        )
        notifications.send_phone_code(phone=phone, code=code, language=language)


@transaction.atomic
def check_code(*, phone, code):
    """True once for the right code within its life and tries; the code is then used up."""
    now = timezone.now()
    verification = (
        PhoneVerification.objects.select_for_update()
        .filter(phone=phone, used_at__isnull=True, expires_at__gt=now)
        .order_by("-created_at")
        .first()
    )
    if verification is None or verification.attempts >= settings.PHONE_CODE_MAX_ATTEMPTS:
        return False
    verification.attempts += 1
    if hmac.compare_digest(verification.code_hash, _hash(phone, code)):
        verification.used_at = now
        verification.save(update_fields=["attempts", "used_at"])
        return True
    verification.save(update_fields=["attempts"])
    return False


def grant(session, phone):
    until = timezone.now() + datetime.timedelta(seconds=settings.PHONE_ACCESS_SECONDS)
    session[SESSION_KEY] = {"phone": phone, "until": until.timestamp()}


def granted_phone(session):
    access = session.get(SESSION_KEY)
    if not access or access["until"] < timezone.now().timestamp():
        return None
    return access["phone"]

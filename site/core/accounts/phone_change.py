"""Changing the mobile number of an account.

The number is where texts about a citizen's requests go and what following up by phone
matches, so a session alone cannot change it: the profile asks for the password again first
(allauth's re-authentication, see ``views.profile``), and the new number counts only once the
code texted to it comes back. The pending change lives in the session: the number, the code's
keyed hash, when it expires (ACCOUNT_PHONE_VERIFICATION_TIMEOUT) and the tries left
(ACCOUNT_PHONE_VERIFICATION_MAX_ATTEMPTS), the same limits as allauth's own phone
verification. Once the number changes, the old one gets a text and the account's address an
e-mail, so an owner who did not ask knows at once.
"""

import datetime
import enum
import hashlib
import hmac
import secrets

from allauth.account import app_settings as account_settings
from allauth.account.adapter import get_adapter
from django.conf import settings
from django.utils import timezone

SESSION_KEY = "core.phone_change"


class Outcome(enum.Enum):
    CHANGED = "changed"
    WRONG_CODE = "wrong_code"
    ENDED = "ended"  # expired, tries used up, or nothing pending


def _hash(user, phone, code):
    message = f"{user.pk}:{phone}:{code}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def start(request, phone):
    """Text a new code to ``phone`` (E.164) and keep the change pending in the session."""
    phone = str(phone)
    code = f"{secrets.randbelow(10**6):06d}"
    expires = timezone.now() + datetime.timedelta(
        seconds=account_settings.PHONE_VERIFICATION_TIMEOUT
    )
    request.session[SESSION_KEY] = {
        "phone": phone,
        "hash": _hash(request.user, phone, code),
        "expires": expires.timestamp(),
        "attempts": 0,
    }
    get_adapter(request).send_verification_code_sms(user=request.user, phone=phone, code=code)


def pending(request):
    """The change waiting for its code, as ``(phone, expires)``, or None."""
    state = request.session.get(SESSION_KEY)
    if not state:
        return None
    if (
        state["expires"] <= timezone.now().timestamp()
        or state["attempts"] >= account_settings.PHONE_VERIFICATION_MAX_ATTEMPTS
    ):
        del request.session[SESSION_KEY]
        return None
    return state["phone"], datetime.datetime.fromtimestamp(state["expires"], tz=datetime.UTC)


def confirm(request, code):
    """Change the number if ``code`` is the one texted to it, and tell the owner."""
    if pending(request) is None:
        return Outcome.ENDED
    state = request.session[SESSION_KEY]
    state["attempts"] += 1
    if not hmac.compare_digest(state["hash"], _hash(request.user, state["phone"], code)):
        request.session[SESSION_KEY] = state
        return Outcome.WRONG_CODE if pending(request) else Outcome.ENDED
    del request.session[SESSION_KEY]
    user = request.user
    old_phone = str(user.phone or "")
    user.phone = state["phone"]
    user.save(update_fields=["phone"])
    _tell_the_owner(request, user, old_phone, state["phone"])
    return Outcome.CHANGED


def _tell_the_owner(request, user, old_phone, new_phone):
    adapter = get_adapter(request)
    adapter.send_notification_mail(
        "account/email/phone_changed", user, {"from_phone": old_phone, "to_phone": new_phone}
    )
    if old_phone:
        # The old number may already belong to someone else (numbers are reissued): the
        # text says a change happened, not the new number.
        adapter.send_sms(old_phone, "account/sms/phone_changed.txt", {"ending": new_phone[-2:]})

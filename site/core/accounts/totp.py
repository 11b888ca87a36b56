"""The code an authenticator app shows for a base32 secret now (RFC 6238: HMAC-SHA1 over the
30-second step, six digits, as allauth's MFA settings say). The demo's `demo_totp_code`
command and the tests compute codes here instead of reaching into allauth's internals."""

import base64
import hashlib
import hmac
import struct
import time

from django.conf import settings


def current_code(secret: str, at: float | None = None) -> str:
    digits = getattr(settings, "MFA_TOTP_DIGITS", 6)
    period = getattr(settings, "MFA_TOTP_PERIOD", 30)
    step = int((time.time() if at is None else at) // period)
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 10**digits:0{digits}d}"


def give_authenticator(user, secret: str) -> None:
    """Register an authenticator app that holds ``secret`` for ``user`` (demo staff and test
    factories), unless the user has one: what allauth stores when a person activates one, built
    from its public model and adapter (the adapter may encrypt the secret)."""
    from allauth.mfa.adapter import get_adapter
    from allauth.mfa.models import Authenticator

    Authenticator.objects.get_or_create(
        user=user,
        type=Authenticator.Type.TOTP,
        defaults={"data": {"secret": get_adapter().encrypt(secret)}},
    )

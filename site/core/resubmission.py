"""A form sent twice acts once.

A double click, a page resent from the history or a slow connection's retry posts the same
form again. Each form that makes something carries a token drawn when the form is shown; the
first request that brings a token claims it, and a later one with the same token is answered
as the first was, without doing the work again. Claims live in the cache (Redis in
production, where ``cache.add`` is atomic across workers) for a day: long enough for any
resend, and a form older than that gets a fresh token when it is shown again. While Redis is
down every claim succeeds (``core.cache`` fails open): a form sent twice then acts twice rather
than not at all.
"""

import uuid

from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError

TOKEN_FIELD = "form_token"  # noqa: S105 (a field name, not a secret)
CLAIM_SECONDS = 24 * 3600


class FormTokenField(forms.UUIDField):
    """Hidden; a missing or mangled token (a page saved long ago, a proxy) is no error: the
    request is then taken as a first sending."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError:
            return None


def add_token(form):
    """Give ``form`` the token field; an unbound form draws its token, a bound form shown
    again with errors keeps the one it was sent with."""
    form.fields[TOKEN_FIELD] = FormTokenField()
    if not form.is_bound:
        form.initial[TOKEN_FIELD] = uuid.uuid4()
    return form


def _key(scope, token):
    return f"resubmission:{scope}:{token}"


def claim(scope, token):
    """True for the first request that brings ``token`` within ``scope`` (or for no token);
    False for every later one."""
    if token is None:
        return True
    return cache.add(_key(scope, token), 1, CLAIM_SECONDS)


def release(scope, token):
    """The work failed: the same form may be sent again."""
    if token is not None:
        cache.delete(_key(scope, token))

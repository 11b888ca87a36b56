"""How long a signed-in session lasts without a new sign-in.

Staff sessions open the case files of citizens who are not there to see: one left open on an
office computer is a way in. So a staff session ends after ``STAFF_SESSION_IDLE_MINUTES``
without a request (30) and, however active, ``STAFF_SESSION_MAX_HOURS`` after its sign-in (12,
a working day). Citizens keep Django's session cookie age (two weeks): they sign in on their own
phones, and a citizen signed out mid-submission loses more than an attacker gains. The sign-in
time and whether the person is staff are written into the session when they sign in, so the
check costs no query. Administrators end a person's sessions from the admin's user page or
with ``manage.py end_sessions``.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils.translation import gettext as _

STARTED = "portal.session_started"
SEEN = "portal.session_seen"
STAFF = "portal.session_staff"
# The idle clock is written at most once a minute, not on every request, and for staff only:
# Django saves a session whole, so a request that writes its copy erases what another request
# of the same session wrote meanwhile. A citizen's double click would so lose the access code
# the first press put in the session for the receipt (found by tests/benchmarks/load).
SEEN_RESOLUTION_SECONDS = 60


def mark_sign_in(sender, request, user, **kwargs):
    """``user_logged_in`` receiver."""
    from citizens_site.core.accounts.adapter import is_staff_member

    now = time.time()
    request.session[STARTED] = now
    request.session[SEEN] = now
    request.session[STAFF] = is_staff_member(user)


def expired(session, user, now):
    ended = user.sessions_ended_at
    if ended is not None and session.get(STARTED, now) <= ended.timestamp():
        return True
    if not session.get(STAFF):
        return False
    idle = settings.STAFF_SESSION_IDLE_MINUTES * 60
    longest = settings.STAFF_SESSION_MAX_HOURS * 3600
    return now - session.get(SEEN, now) > idle or now - session.get(STARTED, now) > longest


class SessionLimitsMiddleware:
    """Signs staff out at the limits above; the request then goes on as an anonymous one (the
    admin and every private page send it to the sign-in page)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            session, now = request.session, time.time()
            if STARTED not in session:  # signed in before these limits existed
                mark_sign_in(None, request, request.user)
            if expired(session, request.user, now):
                staff = session.get(STAFF)
                logout(request)
                messages.info(
                    request,
                    _(
                        "For your security you were signed out: a staff session ends after "
                        "%(idle)s minutes without activity or %(hours)s hours after signing in. "
                        "Please sign in again."
                    )
                    % {
                        "idle": settings.STAFF_SESSION_IDLE_MINUTES,
                        "hours": settings.STAFF_SESSION_MAX_HOURS,
                    }
                    if staff
                    else _("You were signed out. Please sign in again."),
                )
            elif session.get(STAFF) and now - session.get(SEEN, 0) > SEEN_RESOLUTION_SECONDS:
                session[SEEN] = now
        return self.get_response(request)


def end_sessions(user):
    """Sign ``user`` out everywhere: each of their sessions ends at its next request."""
    from django.utils import timezone

    user.sessions_ended_at = timezone.now()
    user.save(update_fields=["sessions_ended_at"])

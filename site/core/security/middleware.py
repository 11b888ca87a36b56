"""Security-header middleware that django-csp cannot express on its own."""

from csp.middleware import CSPMiddleware
from django.conf import settings

from citizens_site.core.security import script_nonce


def _in_admin(request):
    return request.path.startswith(settings.ADMIN_URL_PREFIX)


def _is_preview(request):
    # Wagtail's preview: the public page made by a request that never left the server.
    return getattr(request, "is_dummy", False)


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, giving the Wagtail admin its own policy
    (ADMIN_CONTENT_SECURITY_POLICY) and letting a preview be framed by the admin's preview
    panel, through django-csp's extension point for this (``get_policy_parts``)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if _in_admin(request):
            parts.replace = settings.ADMIN_CONTENT_SECURITY_POLICY
        elif _is_preview(request):
            # The public policy, but frame-ancestors 'none' would leave the panel blank.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts


class AdminContentSecurityPolicyMiddleware:
    """Let the admin's inline starter scripts run by the request's nonce.

    The admin's choosers, date pickers and inline panels start with inline scripts, which
    carry the request's nonce (core.script_nonce); the public site needs none. Listed after
    ``PortalCSPMiddleware``, so the nonce exists here; the admin's policy itself is
    PortalCSPMiddleware's.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        in_admin = request.path.startswith(settings.ADMIN_URL_PREFIX)
        # Outside the admin (a preview made inside an admin request too) no script gets a nonce.
        with script_nonce.answering(request if in_admin else None):
            response = self.get_response(request)
        if not in_admin and _is_preview(request):
            # Shown in the admin's preview panel, which DENY would leave blank.
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


class StaffSecondFactorMiddleware:
    """Every staff role uses a second factor before reaching the Wagtail admin.

    A staff member without an authenticator is sent to set one up; one who has an
    authenticator but whose session was not confirmed with it (signed in before setting it
    up) is asked for a code. Citizens are never affected.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(settings.ADMIN_URL_PREFIX) and request.user.is_authenticated:
            redirect_to = self._second_factor_redirect(request)
            if redirect_to:
                return redirect_to
        return self.get_response(request)

    def _second_factor_redirect(self, request):
        from allauth.account.authentication import get_authentication_records
        from allauth.mfa.models import Authenticator
        from django.shortcuts import redirect
        from django.urls import reverse
        from django.utils.http import urlencode

        from citizens_site.core.accounts.adapter import is_staff_member

        if not is_staff_member(request.user):
            return None
        query = "?" + urlencode({"next": request.get_full_path()})
        has_totp = Authenticator.objects.filter(
            user=request.user, type=Authenticator.Type.TOTP
        ).exists()
        if not has_totp:
            return redirect(reverse("mfa_activate_totp") + query)
        records = get_authentication_records(request, request.user)
        if not any(r.get("method") == "mfa" for r in records):
            return redirect(reverse("mfa_reauthenticate") + query)
        return None


class RequestBodyLimitMiddleware:
    """Refuse a request whose declared body is larger than the portal takes, before any of it
    is read.

    Django caps form fields (``DATA_UPLOAD_MAX_MEMORY_SIZE``) and the number of files, but not
    the bytes of the files themselves: without this, a request could make a worker spool
    gigabytes to its temporary directory before a form sees it. Outside the admin the limit is
    a case's files plus room for the text; the admin, where editors upload documents, has its
    own. The proxy in front enforces the same limits (see the README). Listed after the locale
    middleware, so the page answers in the visitor's language.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        limit = (
            settings.ADMIN_MAX_REQUEST_BODY_SIZE
            if request.path.startswith(settings.ADMIN_URL_PREFIX)
            else settings.MAX_REQUEST_BODY_SIZE
        )
        if declared > limit:
            from django.shortcuts import render

            return render(request, "413.html", {"limit": limit}, status=413)
        return self.get_response(request)

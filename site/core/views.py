"""Site-wide views that belong to no app: health check, error pages, the citizen's profile
and the confirmation of a new mobile number."""

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.db import DatabaseError, connection
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_ratelimit.core import is_ratelimited

from citizens_site.core.accounts import phone_change
from citizens_site.core.accounts.forms import PhoneCodeForm, ProfileForm
from citizens_site.core.content.sitemap import AllLanguagesSitemap


@never_cache
@require_GET
def healthz(request):
    """Tell the load balancer whether this worker can reach its database."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; the icon is a hashed static file."""
    return redirect(static("img/favicon.svg"), permanent=True)


def server_error(request):
    """Render 500.html with the request (the default handler passes no context).

    The template needs only the language and static files, never the database, which may be
    the very thing that failed.
    """
    return render(request, "500.html", status=500)


def csrf_failure(request, reason=""):
    """The portal's own page, in the visitor's language, for a form that failed the CSRF check
    (Django's is an English technical page). The reason stays in the log, not on the page."""
    return render(request, "403_csrf.html", status=403)


def admin_error_test(request):
    """Wagtail's /admin/failwhale/ raises a server error on purpose for anyone in the admin,
    each one an error report: here it is a page that does not exist. The portal's error page
    is tested by the suite (tests/core/test_error_page.py)."""
    raise Http404


def admin_login_redirect(request):
    """Send /admin/login/ to the one sign-in page, keeping where the person was going."""
    target = reverse("account_login")
    if _is_safe_next(request):
        target += "?" + urlencode({"next": request.GET["next"]})
    return redirect(target)


def _changes_phone(request):
    """Whether this request asks for another mobile number (allauth then wants the password
    again unless it was given in the last ACCOUNT_REAUTHENTICATION_TIMEOUT seconds)."""
    if request.method != "POST":
        return False
    form = ProfileForm(request.POST, instance=request.user)
    return form.is_valid() and form.changes_phone


@never_cache
@login_required
@reauthentication_required(enabled=_changes_phone, app="allauth.account")
def profile(request):
    """The citizen's own details: the mandatory fields a submission needs. A new mobile
    number is saved only once the code texted to it comes back (``confirm_phone``)."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        changes_phone = form.changes_phone
        if changes_phone and _too_many_codes(request):
            form.add_error(
                "phone", _("Too many requests in a short time. Please wait and try again.")
            )
            return render(request, "account/profile.html", {"form": form})
        form.save()
        next_url = request.GET.get("next") if _is_safe_next(request) else None
        if changes_phone:
            phone_change.start(request, form.cleaned_data["phone"])
            target = reverse("account_confirm_phone")
            return redirect(f"{target}?{urlencode({'next': next_url})}" if next_url else target)
        messages.success(request, _("Your details have been saved."))
        return redirect(next_url or "account_profile")
    return render(
        request,
        "account/profile.html",
        {"form": form, "pending_phone": phone_change.pending(request)},
    )


def _too_many_codes(request):
    # Each code is a text message paid for: a few an hour per account is plenty.
    return is_ratelimited(
        request, group="core.phone_change", key="user", rate="5/h", increment=True
    )


@never_cache
@login_required
def confirm_phone(request):
    """Enter the code texted to the new number; the number changes when it is right."""
    pending = phone_change.pending(request)
    if pending is None:
        return redirect("account_profile")
    form = PhoneCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = phone_change.confirm(request, form.cleaned_data["code"])
        if outcome is phone_change.Outcome.CHANGED:
            messages.success(request, _("Your mobile number has been changed."))
            return redirect(request.GET["next"] if _is_safe_next(request) else "account_profile")
        if outcome is phone_change.Outcome.ENDED:
            messages.error(
                request,
                _("The code can no longer be used. Enter the new number again to get another one."),
            )
            return redirect("account_profile")
        form.add_error("code", _("The code is not correct."))
    phone, expires = pending
    return render(
        request, "account/confirm_phone.html", {"form": form, "phone": phone, "expires": expires}
    )


def _is_safe_next(request):
    next_url = request.GET.get("next", "")
    return bool(next_url) and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}
    )


def sitemap(request):
    """Every published page in every language, with its translations as alternates."""
    return django_sitemap(request, sitemaps={"pages": AllLanguagesSitemap(request)})

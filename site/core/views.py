"""Site-wide views that belong to no app: health check and error pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .forms import ProfileForm
from .sitemap import AllLanguagesSitemap


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


def admin_login_redirect(request):
    """Send /admin/login/ to the one sign-in page, keeping where the person was going."""
    target = reverse("account_login")
    if _is_safe_next(request):
        target += "?" + urlencode({"next": request.GET["next"]})
    return redirect(target)


@never_cache
@login_required
def profile(request):
    """The citizen's own details: the mandatory fields a submission needs."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details have been saved."))
        return redirect(request.GET.get("next") if _is_safe_next(request) else "account_profile")
    return render(request, "account/profile.html", {"form": form})


def _is_safe_next(request):
    next_url = request.GET.get("next", "")
    return bool(next_url) and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}
    )


def sitemap(request):
    """Every published page in every language, with its translations as alternates."""
    return django_sitemap(request, sitemaps={"pages": AllLanguagesSitemap(request)})

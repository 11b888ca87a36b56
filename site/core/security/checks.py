"""System checks that refuse a production start the portal could not honour.

Run by ``manage.py check --deploy`` (the README's production steps run it before the workers
start), they fail at error level, so a deploy script that checks the exit code stops.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0", ""}  # noqa: S104 (a name, not a bind)


@register(Tags.security, deploy=True)
def shared_cache(app_configs, **kwargs):
    """Every rate limit, the follow-up lockout and allauth's sign-in limits count in the cache:
    a per-process cache gives each worker its own count (four workers, four times the tries)."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in PER_PROCESS_CACHES:
        return [
            Error(
                "The default cache is per process, so every rate limit counts per worker.",
                hint="Set REDIS_URL (a Redis shared by every worker).",
                id="portal.E001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def public_url(app_configs, **kwargs):
    """Every mailed link and SMS is built from WAGTAILADMIN_BASE_URL, the portal's public
    address: left at the development default, citizens get links to 127.0.0.1."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL or "")
    if parts.scheme != "https" or (parts.hostname or "") in LOCAL_HOSTS:
        return [
            Error(
                "WAGTAILADMIN_BASE_URL is not the portal's public https address, so mailed links "
                "would lead nowhere.",
                hint="Set WAGTAILADMIN_BASE_URL, e.g. https://citizen.gov.iq",
                id="portal.E002",
            )
        ]
    return []

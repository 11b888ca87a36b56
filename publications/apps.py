from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    """Bulletins, news and media appearances, events and monitoring reports (issue 5)."""

    name = "publications"
    verbose_name = _("Publications")

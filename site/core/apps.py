from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "citizens_site.core"
    label = "core"
    verbose_name = _("Portal")

    def ready(self):
        from . import checks  # noqa: F401  (registers the deploy checks)
        from .menus import connect_signals

        connect_signals()

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "citizens_site.core"
    label = "core"
    verbose_name = _("Portal")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from . import checks  # noqa: F401  (registers the deploy checks)
        from .menus import connect_signals
        from .script_nonce import nonce_wagtail_choosers
        from .session_limits import mark_sign_in

        connect_signals()
        nonce_wagtail_choosers()
        user_logged_in.connect(mark_sign_in, dispatch_uid="portal.session_limits")

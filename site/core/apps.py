from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "citizens_site.core"
    label = "core"
    verbose_name = _("Portal")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from citizens_site.core.accounts.session_limits import mark_sign_in
        from citizens_site.core.content.menus import connect_signals
        from citizens_site.core.security import checks  # noqa: F401  (registers the deploy checks)
        from citizens_site.core.security.script_nonce import nonce_wagtail_choosers
        from citizens_site.core.workflow_mail import connect as connect_workflow_mail

        connect_signals()
        nonce_wagtail_choosers()
        connect_workflow_mail()
        user_logged_in.connect(mark_sign_in, dispatch_uid="portal.session_limits")

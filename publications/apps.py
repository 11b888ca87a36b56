from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    """Bulletins, news and media appearances, events and monitoring reports."""

    name = "publications"
    verbose_name = _("Publications")

    def ready(self):
        from citizens_site.core.content.sections import register_home_section

        from . import home_sections

        register_home_section(10, home_sections.latest_bulletins)
        register_home_section(30, home_sections.upcoming_events)

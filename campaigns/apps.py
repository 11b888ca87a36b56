from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Awareness campaigns and the rights library."""

    name = "campaigns"
    verbose_name = _("Awareness campaigns")

    def ready(self):
        from citizens_site.core.content.sections import register_home_section

        from . import home_sections

        register_home_section(20, home_sections.active_campaigns)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Awareness campaigns and the rights library (issue 5)."""

    name = "campaigns"
    verbose_name = _("Awareness campaigns")

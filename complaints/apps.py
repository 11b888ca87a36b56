from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    """Requests, complaints and suggestions from submission to archive."""

    name = "complaints"
    verbose_name = _("Requests and complaints")

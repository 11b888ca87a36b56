from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site search over published pages, per language, Arabic-normalised (issue 5)."""

    name = "search"
    label = "site_search"
    verbose_name = _("Search")

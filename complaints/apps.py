from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    """Requests, complaints and suggestions from submission to archive."""

    name = "complaints"
    verbose_name = _("Requests and complaints")

    def ready(self):
        from citizens_site.core.roles import register_staff_groups
        from complaints.cases.roles import CASE_GROUPS

        register_staff_groups(*CASE_GROUPS)
        from citizens_site.core.content.indicator_charts import register_indicator_source
        from complaints.indicators.metrics import chart_choices
        from complaints.indicators.transparency import chart_figures

        register_indicator_source(chart_figures, chart_choices)

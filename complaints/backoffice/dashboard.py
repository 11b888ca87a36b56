"""The admin home's panel for case staff: my queue, overdue, awaiting registration."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from complaints.cases import access
from complaints.cases.models.cases import OPEN_STATUSES, Status


class CaseQueuePanel(Component):
    name = "case_queue"
    order = 50
    template_name = "complaints/admin/dashboard_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        cases = access.visible_cases(self.request.user)
        today = timezone.localdate()
        return {
            "my_queue": cases.filter(status__in=OPEN_STATUSES).count(),
            "overdue": cases.filter(status__in=OPEN_STATUSES, due_date__lt=today).count(),
            "awaiting_registration": cases.filter(status=Status.SUBMITTED).count()
            if access.is_intake(self.request.user)
            else None,
        }

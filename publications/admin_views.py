"""The event registrations in the admin: Wagtail's list of form submissions, exported safely."""

from wagtail.contrib.forms.views import SubmissionsListView

from citizens_site.core.spreadsheets import FormulaSafeExportMixin


class RegistrationsListView(FormulaSafeExportMixin, SubmissionsListView):
    """Anyone may register for an event, so nothing a visitor typed may run as a formula in
    the organisers' CSV or XLSX export."""

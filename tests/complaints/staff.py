"""Staff users for the complaints tests: an intake moderator and officers of two ministries."""

from complaints.models import Agency, Membership
from tests.factories import StaffFactory


def make_staff(email, *, group, agency_code=None, role=Membership.Role.OFFICER):
    """A member of ``group``; with ``agency_code``, of that agency of the reference data."""
    agency = Agency.objects.get(code=agency_code) if agency_code else None
    return StaffFactory(email=email, group=group, agency=agency, role=role)

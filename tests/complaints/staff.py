"""Staff users for the complaints tests: an intake moderator and officers of two ministries."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from citizens_site.core.roles import ensure_role_groups
from complaints.models import Agency, Membership


def make_staff(email, *, group, agency_code=None, role=Membership.Role.OFFICER):
    ensure_role_groups()
    user = get_user_model().objects.create_user(email=email, password="a-long-staff-password",
                                                full_name=email.split("@")[0])
    user.groups.add(Group.objects.get(name=group))
    if agency_code:
        Membership.objects.create(user=user, agency=Agency.objects.get(code=agency_code),
                                  role=role)
    return user

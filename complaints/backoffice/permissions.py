"""Wagtail's permission policy for cases, read from the case staff's roles.

Wagtail's generic views, menu items and bulk actions ask a permission policy; this one answers
from complaints.cases.access (who holds which role on which case) and the workflow's registry
of staff actions (which roles may take each action), so no rule is written twice. The actions
it knows:

- ``view``: see cases (the listing, the case page, attachments, case files, exports);
- ``add``: enter a case received by another channel; ``review_publication``: review the
  proposed public answers (both intake's work);
- the name of each staff action (``register``, ``reply``, ...): the roles its declaration
  names. Whether the case's status allows it now is the workflow's answer, given with its
  reason when the action is taken.

Any other action (Wagtail's ``change`` or ``delete``) is refused: cases change only through
the workflow.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from complaints.cases import access, workflow
from complaints.cases.models import Case
from complaints.cases.roles import INTAKE_MODERATORS
from complaints.cases.workflow.actions import STAFF

INTAKE = frozenset({"intake"})
ROLES_BY_ACTION = {"view": STAFF, "add": INTAKE, "review_publication": INTAKE}


def roles_allowed(action):
    """The case roles that allow ``action``: its own above, or its staff action's."""
    if action in ROLES_BY_ACTION:
        return ROLES_BY_ACTION[action]
    declared = workflow.STAFF_ACTIONS.get(action)
    return declared.roles if declared else frozenset()


class CasePermissionPolicy(BasePermissionPolicy):
    def _user_roles(self, user):
        if not (user.is_authenticated and user.is_active):
            return frozenset()
        return access.roles(user)

    def user_has_permission(self, user, action):
        return bool(self._user_roles(user) & roles_allowed(action))

    def user_has_permission_for_instance(self, user, action, instance):
        if not self._user_roles(user):
            return False
        return access.role_for(user, instance) in roles_allowed(action)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self._user_roles(user):
            return Case.objects.none()
        if "view" in actions:
            # Every action needs the case in sight, so the visible cases hold all the others.
            return access.visible_cases(user)
        allowed = frozenset().union(*(roles_allowed(action) for action in actions))
        return access.cases_with_role(user, allowed)

    def users_with_any_permission(self, actions):
        allowed = frozenset().union(*(roles_allowed(action) for action in actions))
        who = Q(pk__in=[])
        if "intake" in allowed:
            who |= Q(is_superuser=True) | Q(groups__name=INTAKE_MODERATORS)
        if allowed - INTAKE:
            who |= Q(memberships__role__in=allowed - INTAKE)
        return get_user_model().objects.filter(who, is_active=True).distinct()


case_permission_policy = CasePermissionPolicy(Case)

"""Who may see and do what with cases: one place for the case staff's roles.

Intake moderators (and administrators) see every case. An officer or supervisor sees the
cases of their agencies' subtrees and nothing else, wherever the case is shown: listings,
the case view, attachments, exports and dashboard counts all start from ``visible_cases``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import reduce
from operator import or_
from typing import TYPE_CHECKING

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet

from complaints.agencies.models import Agency, Membership
from complaints.cases.models import Case
from complaints.cases.roles import INTAKE_MODERATORS

if TYPE_CHECKING:
    from citizens_site.core.models import User


def is_intake(user: User | AnonymousUser) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_complaints_is_intake", None)
    if cached is None:
        cached = user.groups.filter(name=INTAKE_MODERATORS).exists()
        user._complaints_is_intake = cached  # type: ignore[attr-defined]
    return cached


def memberships(user: User) -> list[Membership]:
    cached = getattr(user, "_complaints_memberships", None)
    if cached is None:
        cached = list(Membership.objects.filter(user=user).select_related("agency"))
        user._complaints_memberships = cached  # type: ignore[attr-defined]
    return cached


def is_case_staff(user: User) -> bool:
    return is_intake(user) or bool(memberships(user))


def roles(user: User) -> frozenset[str]:
    """The roles the user holds on some case (the values role_for can give them)."""
    if is_intake(user):
        return frozenset({"intake"})
    return frozenset(m.role for m in memberships(user))


def _subtree_q(paths: Iterable[str], field: str = "agency__path") -> Q:
    return reduce(or_, (Q(**{f"{field}__startswith": path}) for path in paths))


def visible_paths(user: User) -> list[str] | None:
    """The paths of the agency subtrees the user works in; None for intake, who sees all."""
    if is_intake(user):
        return None
    return [m.agency.path for m in memberships(user)]


def visible_cases(user: User) -> QuerySet[Case]:
    """Every case the user may see, as a queryset to filter further."""
    paths = visible_paths(user)
    if paths is None:
        return Case.objects.all()
    if not paths:
        return Case.objects.none()
    return Case.objects.filter(_subtree_q(paths))


def cases_with_role(user: User, allowed: Collection[str]) -> QuerySet[Case]:
    """Every case on which the user's role (as role_for gives it) is one of ``allowed``."""
    if is_intake(user):
        return Case.objects.all() if "intake" in allowed else Case.objects.none()
    supervised = [m.agency.path for m in memberships(user) if m.role == Membership.Role.SUPERVISOR]
    officered = [m.agency.path for m in memberships(user) if m.role == Membership.Role.OFFICER]
    parts = []
    if "supervisor" in allowed and supervised:
        parts.append(_subtree_q(supervised))
    if "officer" in allowed and officered:
        # A supervisor of a subtree is a supervisor there, even if an officer above it.
        parts.append(
            _subtree_q(officered) & ~_subtree_q(supervised) if supervised else _subtree_q(officered)
        )
    if not parts:
        return Case.objects.none()
    return Case.objects.filter(reduce(or_, parts))


def visible_agencies(user: User) -> QuerySet[Agency]:
    paths = visible_paths(user)
    if paths is None:
        return Agency.objects.all()
    if not paths:
        return Agency.objects.none()
    return Agency.objects.filter(_subtree_q(paths, field="path"))


def role_for(user: User, case: Case) -> str | None:
    """The user's role on this case: "intake", "supervisor", "officer" or None."""
    if is_intake(user):
        return "intake"
    roles = {m.role for m in memberships(user) if case.agency.path.startswith(m.agency.path)}
    if Membership.Role.SUPERVISOR in roles:
        return "supervisor"
    if Membership.Role.OFFICER in roles:
        return "officer"
    return None

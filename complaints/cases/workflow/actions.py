"""The staff actions on a case, each declared once, where its workflow function is written.

``@staff_action(...)`` on a workflow function declares everything about one action: its name,
the label staff read, the roles that may take it and the statuses it starts from, the form
that asks for its details (a dotted path: this layer never imports the back office), and the
label of its entry in the audit log. The registry, ``STAFF_ACTIONS``, is what everything else
reads: ``available_actions`` and ``check_action`` here, the admin's case page and its action
view, and the audit log's action names in ``complaints.wagtail_hooks``. Adding an action is
writing one decorated function.

The decorator also makes the function a change of its own: one transaction that locks the
case, refuses a stale form and checks the role and status before the body runs, so the body
receives the locked case and no action can skip the check.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from django import forms
from django.utils.functional import Promise
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from complaints.cases import stored_files
from complaints.cases.access import role_for
from complaints.cases.workflow.rules import WorkflowError, _lock

if TYPE_CHECKING:
    from citizens_site.core.models import User
    from complaints.cases.models import Case

_Result = TypeVar("_Result")

# The roles of the case staff (complaints.cases.access.role_for).
STAFF = frozenset({"intake", "supervisor", "officer"})
AGENCY_STAFF = frozenset({"supervisor", "officer"})


@dataclass(frozen=True)
class StaffAction:
    name: str
    label: Promise
    roles: frozenset[str]
    statuses: frozenset[str]
    form: str  # dotted path to the back office's form, which gives `call` its arguments
    log_label: Promise
    call: Callable[..., Any]  # call(case=, actor=, expected_version=, **form.workflow_arguments())
    # Offered on the case page only for cases this accepts; the call gives its own refusal.
    offered_if: Callable[[Case], bool] | None = None

    @property
    def log_action(self) -> str:
        """The action's name in the audit log (wagtail.log_actions)."""
        return f"complaints.{self.name}"

    def form_class(self) -> type[forms.BaseForm]:
        form_class: type[forms.BaseForm] = import_string(self.form)
        return form_class

    def offered(self, role: str, case: Case) -> bool:
        return (
            role in self.roles
            and case.status in self.statuses
            and (self.offered_if is None or self.offered_if(case))
        )


# Every staff action by name, in the order the case page lists them (the order of
# declaration; complaints.cases.workflow imports staff.py first).
STAFF_ACTIONS: dict[str, StaffAction] = {}


def staff_action(
    *,
    name: str,
    label: Promise,
    roles: Iterable[str],
    statuses: Iterable[str],
    form: str,
    log_label: Promise,
    offered_if: Callable[[Case], bool] | None = None,
) -> Callable[[Callable[..., _Result]], Callable[..., _Result]]:
    """Declare the decorated workflow function as the staff action `name` and register it.

    The function is called with the locked, checked case and the actor, plus the keyword
    arguments of its form; callers may pass ``expected_version`` (the version the form was
    opened at) besides.
    """
    if name in STAFF_ACTIONS:
        raise ValueError(f"The staff action {name!r} is declared twice.")

    def declare(function: Callable[..., _Result]) -> Callable[..., _Result]:
        @functools.wraps(function)
        @stored_files.atomic()  # a transaction whose attachment files go if it fails
        def call(
            *, case: Case, actor: User, expected_version: int | None = None, **arguments: Any
        ) -> _Result:
            case = _begin(case, actor, name, expected_version)
            return function(case=case, actor=actor, **arguments)

        STAFF_ACTIONS[name] = StaffAction(
            name=name,
            label=label,
            roles=frozenset(roles),
            statuses=frozenset(statuses),
            form=form,
            log_label=log_label,
            call=call,
            offered_if=offered_if,
        )
        return call

    return declare


class ConcurrentChange(WorkflowError):
    """Someone else changed the case after this person opened it."""


def available_actions(user: User, case: Case) -> list[str]:
    """The names of the actions the user may take on the case now, in the registry's order."""
    role = role_for(user, case)
    if role is None:
        return []
    return [name for name, action in STAFF_ACTIONS.items() if action.offered(role, case)]


def check_action(case: Case, actor: User, action: str) -> None:
    """Refuse, with a message for the person, an action their role or the case's status does
    not allow (every staff action checks it again on the locked case)."""
    declared = STAFF_ACTIONS[action]
    if role_for(actor, case) not in declared.roles:
        raise WorkflowError(_("Your role does not allow this action on this case."))
    if case.status not in declared.statuses:
        raise WorkflowError(
            _("This action is not possible while the case is “%(status)s”.")
            % {"status": case.get_status_display()}
        )


def _begin(case: Case, actor: User, action: str, expected_version: int | None) -> Case:
    """Lock the case, then refuse a stale form, a move from the wrong status or the wrong role."""
    case = _lock(case)
    if expected_version is not None and case.version != expected_version:
        raise ConcurrentChange(
            _(
                "This case changed since you opened it. Your text is kept below: check the "
                "timeline, then send it again if it still applies."
            )
        )
    check_action(case, actor, action)
    return case

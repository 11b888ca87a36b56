"""The case workflow, in one place.

Every change to a case goes through a function of this package: it checks that the move is
allowed and that the actor may make it, locks the case row, writes the timeline event and
queues the notifications, all in one transaction. Views, forms, admin actions and tasks call
these functions; nothing else changes a case's status. The package knows nothing of views.

    submitted -> registered -> referred -> in_progress <-> awaiting_citizen -> answered
    -> closed -> archived; submitted/registered -> rejected; any open -> withdrawn;
    answered/closed -> in_progress (reopened); answered/closed/rejected/withdrawn -> archived
    (after a while, by a scheduled task) -> in_progress (reopened by intake)

rules.py holds the allowed moves and the shared steps; actions.py the registry of staff
actions (each declared once, with ``@staff_action`` on its function: roles, statuses, label,
form and audit-log label) and the permission check that reads it; citizen.py, staff.py and
publication.py the actions of each kind of actor; archive.py the archive and the removal of
personal data.
"""

# The staff actions register as their modules are imported, and the case page lists them in
# that order: staff.py's (the daily work) before the archive's and the publication's.
from complaints.cases.workflow.staff import (
    add_internal_note,
    close_case,
    escalate_case,
    escalate_overdue,
    reassign_case,
    refer_case,
    register_case,
    reject_case,
    reopen_case,
    reply_to_citizen,
    request_information,
    resolve_case,
    return_not_ours,
)

# isort: split
from complaints.cases.workflow.actions import (
    STAFF_ACTIONS,
    ConcurrentChange,
    StaffAction,
    available_actions,
    check_action,
    staff_action,
)
from complaints.cases.workflow.archive import (
    ARCHIVABLE,
    anonymise_case,
    archive_case,
    reopen_archived_case,
)
from complaints.cases.workflow.citizen import (
    NotSaved,
    Submission,
    add_citizen_reply,
    contest_answer,
    rate_case,
    submit_case,
    withdraw_case,
)
from complaints.cases.workflow.publication import propose_public_answer, review_public_answer
from complaints.cases.workflow.rules import ALLOWED_MOVES, INTAKE_AGENCY_CODE, WorkflowError

__all__ = [
    "ALLOWED_MOVES",
    "ARCHIVABLE",
    "INTAKE_AGENCY_CODE",
    "STAFF_ACTIONS",
    "ConcurrentChange",
    "NotSaved",
    "StaffAction",
    "Submission",
    "WorkflowError",
    "add_citizen_reply",
    "add_internal_note",
    "anonymise_case",
    "archive_case",
    "available_actions",
    "check_action",
    "close_case",
    "contest_answer",
    "escalate_case",
    "escalate_overdue",
    "propose_public_answer",
    "rate_case",
    "reassign_case",
    "refer_case",
    "register_case",
    "reject_case",
    "reopen_archived_case",
    "reopen_case",
    "reply_to_citizen",
    "request_information",
    "resolve_case",
    "return_not_ours",
    "review_public_answer",
    "staff_action",
    "submit_case",
    "withdraw_case",
]

"""The editorial workflow's notices (a page waiting for approval, approved, sent back) as
the portal's own mails: Wagtail's notifiers choose who is told, ``citizens_site.core.mail``
words, lays out and sends them, from a task, in each recipient's admin language.

Wagtail sends its own notices in plain text, in the request that moved the page (a slow
mail server holds the editor's page), with links on one line with the text. Its notifiers
are connected under fixed dispatch uids when wagtail.admin starts; ``connect`` registers ours
under the same uids first (this app starts before wagtail.admin), so Wagtail's are never
connected, and disconnects theirs should the order ever change.
"""

from django.urls import reverse
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted
from wagtail.users.models import UserProfile

from citizens_site.core import mail


class PortalMail:
    """Send a Wagtail notifier's notice through the portal's mail layout."""

    template = ""  # under templates/email/editorial/

    def send_notifications(self, template_set, context, recipients, **kwargs):
        details = self.details(context)
        for recipient in recipients:
            mail.send(
                f"email/editorial/{self.template}",
                {**details, "user": recipient},
                to=recipient.email,
                language=UserProfile.get_for_user(recipient).get_preferred_language(),
            )
        return True

    def details(self, context):
        item = context.get("page") or context["object"]
        task = context.get("task")
        details = {
            "title": item.get_admin_display_title() if context.get("page") else str(item),
            "workflow": context.get("workflow"),
            "task": task,
            "comment": context.get("comment") or "",
            "requested_by": context.get("requested_by"),
        }
        if context.get("page"):
            details["edit_url"] = mail.public_url(
                reverse("wagtailadmin_pages:edit", args=[item.pk])
            )
            if task is not None:
                details["preview_url"] = mail.public_url(
                    reverse("wagtailadmin_pages:workflow_preview", args=[item.pk, task.pk])
                )
        return details


class TaskSubmitted(PortalMail, GroupApprovalTaskStateSubmissionEmailNotifier):
    template = "task_submitted"


class WorkflowSubmitted(PortalMail, WorkflowStateSubmissionEmailNotifier):
    template = "workflow_submitted"


class WorkflowApproved(PortalMail, WorkflowStateApprovalEmailNotifier):
    template = "approved"


class WorkflowRejected(PortalMail, WorkflowStateRejectionEmailNotifier):
    template = "rejected"


# signal, sender, Wagtail's dispatch uid, our notifier
NOTIFIERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification", TaskSubmitted),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        WorkflowSubmitted,
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        WorkflowApproved,
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        WorkflowRejected,
    ),
]
_notifiers = []  # signals keep weak references: the notifiers live here


def connect():
    for signal, sender, uid, notifier_class in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=uid)
        notifier = notifier_class()
        _notifiers.append(notifier)
        signal.connect(notifier, sender=sender, dispatch_uid=uid)

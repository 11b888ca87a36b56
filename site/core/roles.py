"""The staff roles as Wagtail groups, created idempotently.

The site's own roles are the public-relations ones and the administrators; an app adds the
groups of its own staff with ``register_staff_groups`` when it starts (complaints registers
its case roles from ``complaints.cases.roles``). Every group may open the admin; this module
grants only what is Wagtail's: pages, images and documents. What an app's staff may do there is
the app's own business. Group names are stable English keys; code refers to them by constant.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

PR_EDITORS = "PR editors"
PR_PUBLISHERS = "PR publishers"
ADMINISTRATORS = "Administrators"

# Every staff group: the apps' own (registered at start-up) first, then the site's.
STAFF_GROUPS = [PR_EDITORS, PR_PUBLISHERS, ADMINISTRATORS]
_registered = 0


def register_staff_groups(*names):
    """Add an app's staff groups (idempotent; call it from the app's ``ready()``)."""
    global _registered  # noqa: PLW0603 - one registry, filled once at start-up
    for name in names:
        if name not in STAFF_GROUPS:
            STAFF_GROUPS.insert(_registered, name)
            _registered += 1


# Page permissions on the tree root cover every language's tree.
PAGE_PERMISSIONS = {
    PR_EDITORS: ["add_page", "change_page"],
    PR_PUBLISHERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    PR_EDITORS: [
        "add_image",
        "choose_image",
        "change_image",
        "add_document",
        "choose_document",
        "change_document",
    ],
    PR_PUBLISHERS: [
        "add_image",
        "choose_image",
        "change_image",
        "delete_image",
        "add_document",
        "choose_document",
        "change_document",
        "delete_document",
    ],
}
MODEL_PERMISSIONS = {
    PR_EDITORS: [("wagtail_localize", "submit_translation")],
    PR_PUBLISHERS: [("wagtail_localize", "submit_translation")],
}


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_role_groups():
    """Create the staff groups and grant their Wagtail permissions; safe to run repeatedly."""
    access_admin = _permission("wagtailadmin", "access_admin")
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    groups = {}
    for name in STAFF_GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        groups[name] = group
        for codename in PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=_permission("wagtailcore", codename)
            )
        for codename in COLLECTION_PERMISSIONS.get(name, []):
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=_permission(app_label, codename),
            )
        for app_label, codename in MODEL_PERMISSIONS.get(name, []):
            group.permissions.add(_permission(app_label, codename))
    ensure_editorial_workflow(groups)
    return groups


# Names shown in the admin, which speaks Arabic or English: both, so neither reader guesses.
EDITORIAL_WORKFLOW = "PR review · مراجعة العلاقات العامة"
PUBLISHER_APPROVAL = "Publisher approval · موافقة الناشر"


def ensure_editorial_workflow(groups):
    """Every page change goes through a publisher before it is published.

    PR editors have no publish permission, so "Submit for moderation" is their only way to
    the public site; a PR publisher approves (which publishes, or schedules when the page has
    a "go live" date), or asks for changes with a comment. The workflow is assigned to the
    tree root, so it covers every language tree and every page created later. Wagtail's own
    "Moderators approval" workflow, which points to a group we do not use, is switched off.
    """
    task, _ = GroupApprovalTask.objects.get_or_create(name=PUBLISHER_APPROVAL)
    task.groups.set([groups[PR_PUBLISHERS]])
    workflow, _ = Workflow.objects.get_or_create(name=EDITORIAL_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(
        page=Page.get_first_root_node(), defaults={"workflow": workflow}
    )
    Workflow.objects.exclude(pk=workflow.pk).filter(workflow_pages__isnull=True).update(
        active=False
    )
    return workflow

"""Pages in the Wagtail admin for staff who hold no permission on pages (the case staff).

Wagtail shows page titles, drafts' included, to anyone who may open the admin in its page
chooser and in the confirmation of a bulk action on pages; the case staff have no business
there, and an unpublished title is not theirs to read. Here the chooser offers them no page
and bulk actions on pages refuse them (``site/urls.py`` routes those URLs here, ahead of the
admin's own); the PR staff and administrators see what Wagtail shows them.
"""

from django.core.exceptions import PermissionDenied
from wagtail.admin.views.bulk_action import dispatcher
from wagtail.models import Page
from wagtail.permissions import policy_registry

PAGE_ACTIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]


def works_on_pages(user):
    """Whether the user holds any permission on some page."""
    return policy_registry.get_by_type(Page).user_has_any_permission(user, PAGE_ACTIONS)


def page_chooser_queryset(pages, request):
    return pages if works_on_pages(request.user) else pages.none()


def page_bulk_action(request, action):
    if not works_on_pages(request.user):
        raise PermissionDenied
    return dispatcher.index(request, "wagtailcore", "page", action)

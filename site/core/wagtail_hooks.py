"""The admin's "End sessions" action on each user, for administrators; an account that
other records protect (a citizen's cases) is not offered for deletion; the translations
report in the menu of who may translate only; moving a page confirmed only by who may move
it; the page chooser empty for who holds no permission on pages."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from citizens_site.core.accounts.session_limits import end_sessions
from citizens_site.core.content import admin_pages
from citizens_site.core.content.translation_views import TRANSLATE
from citizens_site.core.deletion import deletion_blocked, refuse

PERMISSION = "core.change_user"


def end_sessions_view(request, user_id):
    from django.contrib.auth import get_user_model

    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    person = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        end_sessions(person)
        messages.success(
            request,
            _("Every session of %(name)s has ended.")
            % {"name": person.get_full_name() or person.email},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(request, "wagtailadmin/end_sessions.html", {"person": person})


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("people/<int:user_id>/end-sessions/", end_sessions_view, name="portal_end_sessions")
    ]


@hooks.register("register_user_listing_buttons")
def end_sessions_button(user, request_user):
    if request_user.has_perm(PERMISSION):
        yield ListingButton(
            gettext_lazy("End sessions"),
            reverse("portal_end_sessions", args=[user.pk]),
            icon_name="logout",
            priority=60,
        )


@hooks.register("before_delete_user")
def keep_protected_accounts(request, user):
    """A citizen's cases keep their account: say so (deactivating it is the way) instead of
    asking to confirm a deletion that would fail."""
    error = deletion_blocked(user)
    if error is not None:
        refuse(request, user, error)
        return redirect("wagtailusers_users:edit", user.pk)
    return None


@hooks.register("construct_reports_menu")
def translations_report_for_translators(request, menu_items):
    if not request.user.has_perm(TRANSLATE):
        report = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != report]


@hooks.register("before_move_page")
def move_only_what_you_may_move(request, page, destination):
    """Wagtail's "confirm move" page, which shows the page's draft title, asks for no
    permission until the move is confirmed: it asks what choosing the destination asks."""
    if not page.permissions_for_user(request.user).can_move():
        raise PermissionDenied


hooks.register("construct_page_chooser_queryset", admin_pages.page_chooser_queryset)

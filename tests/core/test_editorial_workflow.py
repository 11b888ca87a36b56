"""The editorial workflow: editors write and submit, publishers approve or ask for changes."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from citizens_site.core import roles
from tests.conftest import sign_in_staff
from tests.factories import BulletinIndexPageFactory, BulletinPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(portal):
    User = get_user_model()
    return {
        "editor": User.objects.get(email="editor@example.com"),
        "publisher": User.objects.get(email="publisher@example.com"),
    }


@pytest.fixture
def draft(portal):
    home = Page.objects.get(depth=2, locale__language_code="ar")
    listing = BulletinIndexPageFactory(parent=home, slug="bulletins")
    page = BulletinPageFactory(parent=listing, title="نشرة قيد المراجعة", live=False)
    page.save_revision()
    return page


def submit(page, user):
    page.get_workflow().start(page, user)
    return WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")


def act(state, user, action, **kwargs):
    task_state = state.current_task_state.specific
    task_state.task.specific.on_action(task_state, user, action, **kwargs)


def test_every_page_goes_through_the_pr_review_workflow(draft):
    assert draft.get_workflow().name == roles.EDITORIAL_WORKFLOW


def test_editor_can_write_and_submit_but_not_publish(draft, staff):
    permissions = draft.permissions_for_user(staff["editor"])

    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert permissions.can_submit_for_moderation()


def test_only_publishers_can_approve(draft, staff):
    state = submit(draft, staff["editor"])
    task = state.current_task_state.task.specific

    assert task.get_actions(draft, staff["editor"]) == []
    assert {name for name, *_rest in task.get_actions(draft, staff["publisher"])} >= {
        "approve",
        "reject",
    }


def test_approval_publishes_the_page(draft, staff):
    state = submit(draft, staff["editor"])

    act(state, staff["publisher"], "approve")

    draft.refresh_from_db()
    state.refresh_from_db()
    assert draft.live
    assert state.status == WorkflowState.STATUS_APPROVED


def test_requesting_changes_keeps_the_page_unpublished(draft, staff):
    state = submit(draft, staff["editor"])

    act(state, staff["publisher"], "reject", comment="أضف مصدر الأرقام.")

    draft.refresh_from_db()
    state.refresh_from_db()
    assert not draft.live
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_approved_page_with_a_go_live_date_waits_for_it(draft, staff):
    go_live = timezone.now() + datetime.timedelta(days=2)
    draft.go_live_at = go_live
    draft.save_revision()
    state = submit(draft, staff["editor"])

    act(state, staff["publisher"], "approve")
    draft.refresh_from_db()
    assert not draft.live

    with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled", verbosity=0)
    draft.refresh_from_db()
    assert draft.live


def test_editor_sees_revisions_compared_in_the_admin(client, draft, staff):
    first = draft.get_latest_revision()
    draft.title = "نشرة بعد التعديل"
    second = draft.save_revision(user=staff["editor"])
    sign_in_staff(client, "editor@example.com")

    response = client.get(f"/admin/pages/{draft.pk}/revisions/compare/{first.pk}...{second.pk}/")

    assert response.status_code == 200
    assert "نشرة بعد التعديل" in response.text


def test_publish_button_is_refused_to_an_editor(client, draft, staff):
    sign_in_staff(client, "editor@example.com")

    response = client.get(f"/admin/pages/{draft.pk}/edit/")

    assert response.status_code == 200
    assert 'name="action-publish"' not in response.text
    assert 'name="action-submit"' in response.text

"""The editorial workflow's notices are the portal's own mails, sent from a task after the
page has moved, in each recipient's admin language, with links on the public address."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, WorkflowState
from wagtail.users.models import UserProfile

from tests.factories import BulletinIndexPageFactory, BulletinPageFactory
from tests.mail_checks import PUBLIC_URL, check_portal_mail

pytestmark = pytest.mark.django_db

TITLE = "نشرة قيد المراجعة"


@pytest.fixture
def people(portal, settings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC_URL
    users = get_user_model().objects
    return {
        role: users.get(email=f"{role}@example.com") for role in ["editor", "publisher", "admin"]
    }


@pytest.fixture
def draft(people):
    home = Page.objects.get(depth=2, locale__language_code="ar")
    listing = BulletinIndexPageFactory(parent=home, slug="bulletins")
    page = BulletinPageFactory(parent=listing, title=TITLE, live=False)
    page.save_revision()
    return page


def speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def submit(page, user):
    page.get_workflow().start(page, user)
    return WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")


def act(state, user, action, **kwargs):
    task_state = state.current_task_state.specific
    task_state.task.specific.on_action(task_state, user, action, **kwargs)


def sent_to(mailoutbox, user):
    return [message for message in mailoutbox if message.to == [user.email]]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_publishers_are_told_a_page_waits_for_them(
    draft, people, language, mailoutbox, django_capture_on_commit_callbacks
):
    speaks(people["publisher"], language)

    with django_capture_on_commit_callbacks(execute=True):
        submit(draft, people["editor"])

    (message,) = sent_to(mailoutbox, people["publisher"])
    text, html = check_portal_mail(message, language, typed=[TITLE])
    assert TITLE in message.subject
    assert f"{PUBLIC_URL}/admin/pages/{draft.pk}/edit/\n" in text
    assert html.find("a", href=f"{PUBLIC_URL}/admin/pages/{draft.pk}/edit/")
    assert html.find("bdi", string=TITLE)
    # The administrator (a superuser) hears of the submission too, in the same layout.
    assert sent_to(mailoutbox, people["admin"])


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("action", ["reject", "approve"])
def test_the_editor_is_told_of_changes_asked_for_or_of_the_approval(
    draft, people, language, action, mailoutbox, django_capture_on_commit_callbacks
):
    speaks(people["editor"], language)
    state = submit(draft, people["editor"])
    comment = "صحّح التاريخ في الفقرة الثانية" if action == "reject" else ""

    with django_capture_on_commit_callbacks(execute=True):
        act(state, people["publisher"], action, comment=comment)

    (message,) = sent_to(mailoutbox, people["editor"])
    text, _html = check_portal_mail(message, language, typed=[TITLE])
    assert comment in text


def test_nothing_is_sent_while_the_change_is_not_committed(draft, people, mailoutbox):
    """Wagtail mailed inside the request; the portal's notice waits for the commit."""
    submit(draft, people["editor"])

    assert mailoutbox == []

"""A PR editor publishes nothing, by any path: every page reaches the public site through the
PR review workflow, translations included (issue 13, defect 10: "Translate this page" on a
live Arabic bulletin published the English copy at once, untranslated, logged as the
editor's publish).

Each test acts as a signed-in PR editor (second factor done) through the admin's own URLs and
checks that no page became live and no publish was logged.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, PageLogEntry, WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    streamfield,
)
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests.conftest import publish, sign_in_staff
from tests.factories import BulletinIndexPageFactory, BulletinPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bulletin(portal, homes):
    """A live Arabic bulletin in a live listing, as a publisher left it."""
    listing = publish(
        BulletinIndexPageFactory(parent=homes["ar"], slug="bulletins", title="النشرات")
    )
    return publish(BulletinPageFactory(parent=listing, slug="water", title="نشرة المياه"))


@pytest.fixture
def editor(client, portal, django_capture_on_commit_callbacks):
    """The editor's client. What a request queues for after its commit (wagtail-localize
    publishes so) runs, as in production, before the request returns."""
    sign_in_staff(client, "editor@example.com")
    post = client.post

    def post_and_commit(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return post(*args, **kwargs)

    client.post = post_and_commit
    return client


@pytest.fixture
def nothing_published():
    """Fails the test if a page went live or a publish was logged while it ran."""
    live_before = set(Page.objects.live().values_list("pk", flat=True))
    published_before = PageLogEntry.objects.filter(action="wagtail.publish").count()
    yield
    newly_live = Page.objects.live().exclude(pk__in=live_before)
    assert list(newly_live.values_list("title", "locale__language_code")) == []
    assert PageLogEntry.objects.filter(action="wagtail.publish").count() == published_before


def refused(response):
    """The admin turns a PermissionDenied into a redirect to its home page with a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def english():
    return Locale.objects.get(language_code="en")


def edit_form(client, url):
    """The page form as the browser posts it; the script-built parts (the body's blocks, the
    comments) are posted empty."""
    form = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    form.update(nested_form_data({"body": streamfield([]), "comments": inline_formset([])}))
    return form


def translate(client, page):
    """The editor's "Translate this page" into English, as wagtail-localize's form posts it."""
    return client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [english().pk]})


def test_translating_a_live_page_makes_a_draft_not_a_public_copy(
    editor, bulletin, nothing_published
):
    response = translate(editor, bulletin)

    assert response.status_code == 302
    copy = bulletin.get_translation(english())
    assert not copy.live
    assert not copy.get_parent().live  # the listing, translated on the way, waits too


def test_translating_a_listing_with_its_pages_makes_drafts_of_them_all(
    editor, bulletin, nothing_published
):
    listing = bulletin.get_parent()

    editor.post(
        f"/admin/localize/submit/page/{listing.pk}/",
        {"locales": [english().pk], "include_subtree": "on"},
    )

    copies = [page.get_translation(english()) for page in (listing, bulletin)]
    assert [(copy.live, copy.alias_of_id) for copy in copies] == [(False, None)] * 2


def test_updating_translations_cannot_publish_them(editor, bulletin, nothing_published):
    translate(editor, bulletin)
    source = TranslationSource.objects.get(object_id=bulletin.translation_key)

    editor.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})

    assert not bulletin.get_translation(english()).live


def test_the_translation_editor_refuses_to_publish(editor, bulletin, nothing_published):
    translate(editor, bulletin)
    translation = Translation.objects.get(source__object_id=bulletin.translation_key)
    copy = bulletin.get_translation(english())

    response = editor.post(f"/admin/pages/{copy.pk}/edit/", {"action": "publish"})

    assert refused(response)
    assert not translation.get_target_instance().live


def test_turning_a_translation_into_an_alias_of_the_live_page_is_refused(
    editor, bulletin, nothing_published
):
    translate(editor, bulletin)
    copy = bulletin.get_translation(english())

    response = editor.post(f"/admin/localize/page/{copy.pk}/convert_to_alias/")

    assert refused(response)
    copy.refresh_from_db()
    assert (copy.live, copy.alias_of_id) == (False, None)


def test_a_translation_goes_to_pr_review_like_any_page(editor, bulletin):
    translate(editor, bulletin)
    copy = bulletin.get_translation(english())
    translation = Translation.objects.get(
        source__object_id=bulletin.translation_key, target_locale=english()
    )
    edit = f"/admin/pages/{copy.pk}/edit/"
    # "Stop synced translation": the editor then writes the page like any other.
    editor.post(f"/admin/localize/translate/{translation.pk}/disable/", {"next": edit})
    form = edit_form(editor, edit)
    form["title"] = "Water bulletin"
    form["action-submit"] = "action-submit"

    response = editor.post(edit, form)

    assert response.status_code == 302
    copy.refresh_from_db()
    assert not copy.live
    state = WorkflowState.objects.get(object_id=str(copy.pk), status="in_progress")
    publisher = get_user_model().objects.get(email="publisher@example.com")
    task_state = state.current_task_state.specific
    task_state.task.specific.on_action(task_state, publisher, "approve")
    copy.refresh_from_db()
    assert (copy.live, copy.title) == (True, "Water bulletin")


def test_a_copy_asked_to_be_published_stays_a_draft(editor, bulletin, homes, nothing_published):
    response = editor.post(
        f"/admin/pages/{bulletin.pk}/copy/",
        {
            "new_title": "نسخة",
            "new_slug": "water-copy",
            "new_parent_page": bulletin.get_parent().pk,
            "publish_copies": "on",
            "alias": "on",
        },
    )

    assert response.status_code == 302
    copy = Page.objects.get(slug="water-copy")
    assert (copy.live, copy.alias_of_id) == (False, None)


def test_moving_a_live_page_into_another_language_is_refused(
    editor, bulletin, homes, nothing_published
):
    response = editor.post(f"/admin/pages/{bulletin.pk}/move/{homes['en'].pk}/confirm/")

    assert refused(response)
    bulletin.refresh_from_db()
    assert bulletin.get_parent().locale.language_code == "ar"


def test_moving_a_draft_keeps_it_a_draft(editor, bulletin, homes, nothing_published):
    draft = BulletinPageFactory(parent=bulletin.get_parent(), slug="draft", live=False)

    editor.post(f"/admin/pages/{draft.pk}/move/{homes['ar'].pk}/confirm/")

    draft.refresh_from_db()
    assert not draft.live


@pytest.fixture
def second_edition(bulletin):
    """The bulletin republished by a publisher with a new title; its first edition is a
    revision an editor could revert to."""
    first = bulletin.live_revision
    bulletin.title = "نشرة المياه، الطبعة الثانية"
    publish(bulletin)
    return first


def test_reverting_to_an_earlier_revision_cannot_publish_it(
    editor, bulletin, second_edition, nothing_published
):
    revert = f"/admin/pages/{bulletin.pk}/revisions/{second_edition.pk}/revert/"
    form = edit_form(editor, revert)
    form["action-publish"] = "action-publish"

    response = editor.post(revert, form)

    assert response.status_code == 302
    bulletin.refresh_from_db()
    assert bulletin.title == "نشرة المياه، الطبعة الثانية"  # what the public sees
    assert bulletin.get_latest_revision_as_object().title == "نشرة المياه"  # a draft


def test_bulk_publish_is_refused(editor, bulletin, nothing_published):
    draft = BulletinPageFactory(parent=bulletin.get_parent(), slug="draft", live=False)
    draft.save_revision()

    editor.post(f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}", {})

    draft.refresh_from_db()
    assert not draft.live


@pytest.mark.parametrize(
    "url",
    [
        "/ar/api/v2/pages/",
        "/admin/api/main/pages/",
        "/admin/localize/api/snippets/home/homepage/",
    ],
)
def test_no_api_takes_writes(editor, bulletin, url, nothing_published):
    response = editor.post(url, {"title": "x", "live": True}, content_type="application/json")

    assert response.status_code in (403, 404, 405)


def test_translating_over_a_live_alias_cannot_change_what_it_shows(editor, bulletin):
    # An alias left in English by the earlier behaviour (or by a synchronised locale tree)
    # shows the Arabic page; a translation of its title waits in translation memory.
    alias = bulletin.copy_for_translation(english(), copy_parents=True, alias=True)
    source, _created = TranslationSource.get_or_create_from_instance(bulletin)
    title = source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string, locale=english(), context=title.context, data="Water bulletin"
    )

    response = translate(editor, bulletin)

    assert response.status_code == 302
    alias.refresh_from_db()
    assert (alias.live, alias.title, alias.alias_of_id) == (True, "نشرة المياه", bulletin.pk)
    assert not Translation.objects.filter(target_locale=english()).exists()

"""The page editor's requests arriving together: "Submit to PR review" while the editor's
autosave and its editing-session pings write too, each on a connection of its own (on SQLite,
a database file opened with the project's settings; see tests/conftest.py SharedDatabase)."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import WorkflowState

from citizens_site.core import roles
from tests.conftest import browser, same_browser, sign_in_staff
from tests.factories import StandardPageFactory
from tests.factories.people import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def edit_form_data(html):
    """What the browser sends from the edit form as the server rendered it."""
    form = BeautifulSoup(html, "html.parser").select_one("#page-edit-form")
    data = {}
    for field in form.select("input[name], textarea[name]"):
        if field.name == "textarea":
            data[field["name"]] = field.get_text()
        elif field.get("type") not in {"submit", "button", "file", "checkbox", "radio"}:
            data[field["name"]] = field.get("value", "")
    data["body-count"] = "0"  # the empty body, whose fields the browser's script draws
    return data


def test_submit_to_review_goes_through_while_autosave_and_session_pings_write(
    shared_database, homes
):
    groups = roles.ensure_role_groups()
    editor = get_user_model().objects.create_user(
        email="editor.at.once@example.com", password=PASSWORD
    )
    editor.groups.add(groups[roles.PR_EDITORS])
    page = StandardPageFactory(parent=homes["ar"], slug="about", live=False)
    page.save_revision(user=editor)
    client = browser()
    sign_in_staff(client, editor.email)
    opened = client.get(f"/admin/pages/{page.pk}/edit/")
    form = {**edit_form_data(opened.content), "title": "عن البوابة بعد التعديل"}
    ping = re.search(r"/admin/editing-sessions/ping/[^\"']+/", opened.text).group(0)
    edit = f"/admin/pages/{page.pk}/edit/"
    tab = [same_browser(client) for _ in range(12)]  # the editor's browser, several tabs

    responses = shared_database.run_at_once(
        lambda: tab[0].post(edit, {**form, "action-submit": "1"}),
        lambda: tab[1].post(edit, form, HTTP_ACCEPT="application/json"),  # the autosave
        *[lambda n=n: tab[n].post(ping, {"is_editing": "1"}) for n in range(2, 12)],
    )

    statuses = [response.status_code for response in responses]
    assert 500 not in statuses, statuses
    assert statuses[0] == 302  # back to the page list: submitted
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == "in_progress"

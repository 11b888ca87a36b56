"""The editorial path in a real browser: a PR editor writes a bulletin in the admin and submits
it, a PR publisher approves it, and a visitor sees it on the home page, in the feed, and
finds it by searching with a differently spelled Arabic word."""

import pytest
from django.utils import timezone

from publications.models import BulletinPage
from tests.browser.sessions import sign_in, sign_out
from tests.conftest import publish
from tests.factories import BulletinIndexPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "إطلاق الإستمارة الإلكترونية للتظلّم"
SUMMARY = "صار بإمكان المواطن تقديم تظلّمه عبر البوابة دون مراجعة الدائرة."


def press(page, selector):
    """Press a button of the admin's action menu, opening its drop-down first if needed."""
    button = page.locator(selector).first
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    button.click()
    page.wait_for_load_state()


def test_editor_writes_publisher_approves_visitor_finds(page, site, homes):
    base = site.url
    listing = publish(
        BulletinIndexPageFactory(parent=homes["ar"], slug="bulletins", title="النشرات")
    )

    sign_in(page, base, "editor@example.com", staff=True)
    page.goto(f"{base}/admin/pages/add/publications/bulletinpage/{listing.pk}/")
    page.fill("input[name=title]", TITLE)
    page.fill("input[name=issue_number]", "99")
    page.fill("input[name=issue_date]", timezone.localdate().isoformat())
    page.fill("textarea[name=search_description]", SUMMARY)
    assert page.locator("button[name='action-publish']").count() == 0  # editors cannot
    press(page, "button[name='action-submit']")

    bulletin = BulletinPage.objects.get(title=TITLE)
    assert not bulletin.live
    assert bulletin.workflow_in_progress
    sign_out(page)

    sign_in(page, base, "publisher@example.com", staff=True)
    page.goto(f"{base}/admin/pages/{bulletin.pk}/edit/")
    press(page, "button[data-workflow-action-name='approve']")
    page.wait_for_function(
        "() => !document.querySelector(\"button[data-workflow-action-name='approve']\")"
    )
    bulletin.refresh_from_db()
    assert bulletin.live
    sign_out(page)

    page.goto(f"{base}/ar/")
    latest = page.locator("section", has=page.locator("#latest-bulletins-heading"))
    assert latest.get_by_role("link", name=TITLE).is_visible()

    feed = page.request.get(f"{base}/ar/bulletins/feed/rss/").text()
    assert TITLE in feed

    page.fill("#site-search-q", "الاستماره")  # no hamza, ta marbuta typed as ha
    page.locator("form.site-search button[type=submit]").click()
    page.wait_for_load_state()
    result = page.locator(".search-result", has_text="الإلكترونية للتظلّم")
    assert result.count() == 1
    assert result.locator("mark").first.inner_text() == "الإستمارة"
    result.get_by_role("link").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == TITLE

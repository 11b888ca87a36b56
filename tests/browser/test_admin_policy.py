"""The admin works under its content security policy (no 'unsafe-inline' or 'unsafe-eval' for
scripts): the page editor's choosers, date pickers, inline panels and preview run, a draft
saves, and a case opens, with no violation reported on the way."""

import pytest

from complaints.models import Case
from tests.browser.sessions import sign_in
from tests.conftest import publish
from tests.factories import CampaignIndexPageFactory, CampaignPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Set before any page script runs, in every document of the tab (the preview frame too).
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', event => window.__cspViolations.push(
    `${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`));
"""


def violations(page):
    found = []
    for frame in page.frames:
        found += frame.evaluate("() => window.__cspViolations || []")
    return found


@pytest.fixture
def campaign(site, homes):
    listing = publish(CampaignIndexPageFactory(parent=homes["ar"], slug="campaigns"))
    return publish(
        CampaignPageFactory(parent=listing, slug="back-to-school", title="العودة إلى المدرسة")
    )


@pytest.fixture
def staff_page(page, site):
    page.add_init_script(RECORD_VIOLATIONS)
    console = []
    page.on("console", lambda message: console.append(message.text))
    sign_in(page, site.url, "admin@example.com", staff=True)
    page.policy_messages = lambda: [m for m in console if "Content Security Policy" in m]
    return page


def test_the_page_editor_works_under_the_admin_policy(staff_page, site, campaign):
    page = staff_page
    page.goto(f"{site.url}/admin/pages/{campaign.pk}/edit/")
    page.wait_for_load_state("networkidle")

    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    preview.locator("h1", has_text=campaign.title).wait_for()

    title = f"{campaign.title} (مسودة)"
    page.fill("#id_title", title)
    page.locator("button.action-save").first.click()
    page.wait_for_load_state("networkidle")
    campaign.refresh_from_db()
    assert campaign.get_latest_revision_as_object().title == title
    assert campaign.has_unpublished_changes

    # An inline panel adds a link whose page chooser starts from a script in the new form.
    links = page.locator("#id_links-FORMS > [data-inline-panel-child]")
    before = links.count()
    page.locator("#id_links-ADD").click()
    assert links.count() == before + 1
    links.last.locator("[data-chooser-action-choose]").click()
    modal = page.locator(".modal-content")
    modal.locator("tbody tr").first.wait_for()  # the chooser lists the pages to pick from
    modal.locator("button.close").click()
    modal.wait_for(state="hidden")

    page.locator("#id_start_date").click()
    page.wait_for_selector(".xdsoft_datetimepicker:visible")

    assert violations(page) == []
    assert page.policy_messages() == []


def test_a_case_opens_under_the_admin_policy(staff_page, site):
    page = staff_page
    case = Case.objects.order_by("pk").first()

    page.goto(f"{site.url}/admin/cases/{case.pk}/")
    page.wait_for_load_state("networkidle")

    assert page.locator("#header-title", has_text=case.reference).is_visible()
    assert violations(page) == []
    assert page.policy_messages() == []

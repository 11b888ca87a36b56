"""The staff's path in the admin, in a real browser: an intake moderator registers and refers
a case, the ministry officer replies and resolves it, the citizen reads the reply and rates it.
Staff sign in as in production: password, then the second-factor code."""

import pytest

from complaints.models import Case
from tests.browser.sessions import sign_in, sign_out

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def act(page, action, fill=None, select=None):
    """Open one action of the case page (the admin speaks the user's language) and send it."""
    details = page.locator("details", has=page.locator(f"form[action$='/action/{action}/']"))
    details.locator("summary").click()
    for name, value in (fill or {}).items():
        details.locator(f"[name={name}]").fill(value)
    for name, value in (select or {}).items():
        details.locator(f"select[name={name}]").select_option(value)
    details.locator("button[type=submit]").click()
    page.wait_for_load_state()


def test_moderator_routes_officer_answers_citizen_rates(page, demo_site):
    base = demo_site.url
    case = Case.objects.filter(agency__code="MOI-NCA").get()

    sign_in(page, base, "moderator@example.com", "demo-moderator-2026", staff=True)
    page.goto(f"{base}/admin/cases/")
    page.get_by_role("link", name=case.reference).click()
    act(page, "register")
    act(page, "refer", select={"agency": str(case.agency_id)},
        fill={"message": "Nationality and civil affairs handle ID cards."})
    sign_out(page)

    sign_in(page, base, "officer@example.com", "demo-officer-2026", staff=True)
    page.goto(f"{base}/admin/cases/{case.pk}/")
    act(page, "reply", fill={"message": "Your card is being printed."})
    act(page, "resolve", select={"resolution": "granted", "cause": "delay"},
        fill={"message": "Your card is ready; collect it from the Karkh office."})
    sign_out(page)

    sign_in(page, base, "citizen@example.com", "demo-citizen-2026", staff=False)
    page.goto(f"{base}/en/complaints/case/{case.reference}/")
    assert "Your card is ready; collect it from the Karkh office." in page.locator(
        ".timeline").inner_text()
    assert "Nationality and civil affairs" not in page.content()  # internal reason
    page.check("input[name=rating][value='5']")
    page.get_by_role("button", name="Send my rating").click()
    page.wait_for_load_state()

    case.refresh_from_db()
    assert (case.status, case.satisfaction_rating) == ("answered", 5)

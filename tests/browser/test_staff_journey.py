"""The staff's path in the admin, in a real browser: an intake moderator registers and refers
a case, the ministry officer replies and resolves it, the citizen reads the reply and rates it.
Staff sign in as in production: password, then the second-factor code."""

import pytest

from complaints.models import Agency, Case, Category
from tests.browser.sessions import sign_in, sign_out
from tests.browser.test_accessibility import serious_violations
from tests.complaints.conftest import PDF_BYTES

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


def test_moderator_routes_officer_answers_citizen_rates(page, site):
    base = site.url
    case = Case.objects.filter(agency__code="MOI-NCA").get()

    sign_in(page, base, "moderator@example.com", staff=True)
    page.goto(f"{base}/admin/cases/")
    page.get_by_role("link", name=case.reference).click()
    act(page, "register")
    act(
        page,
        "refer",
        select={"agency": str(case.agency_id)},
        fill={"message": "Nationality and civil affairs handle ID cards."},
    )
    sign_out(page)

    sign_in(page, base, "officer@example.com", staff=True)
    page.goto(f"{base}/admin/cases/{case.pk}/")
    act(page, "reply", fill={"message": "Your card is being printed."})
    act(
        page,
        "resolve",
        select={"resolution": "granted", "cause": "delay"},
        fill={"message": "Your card is ready; collect it from the Karkh office."},
    )
    sign_out(page)

    sign_in(page, base, "citizen@example.com", staff=False)
    page.goto(f"{base}/en/complaints/case/{case.reference}/")
    assert (
        "Your card is ready; collect it from the Karkh office."
        in page.locator(".timeline").inner_text()
    )
    assert "Nationality and civil affairs" not in page.content()  # internal reason
    page.check("input[name=rating][value='5']")
    page.get_by_role("button", name="Send my rating").click()
    page.wait_for_load_state()

    case.refresh_from_db()
    assert (case.status, case.satisfaction_rating) == ("answered", 5)


def test_moderator_enters_a_letter_with_its_scan_and_a_mistake_loses_nothing(page, site, tmp_path):
    scan = tmp_path / "letter.pdf"
    scan.write_bytes(PDF_BYTES)
    sign_in(page, site.url, "moderator@example.com", staff=True)
    page.goto(f"{site.url}/admin/cases/new/")
    page.select_option("select[name=channel]", "letter")
    page.fill("input[name=citizen_name]", "حسين علي")
    page.fill("input[name=citizen_phone]", "07712223344")
    page.select_option("select[name=kind]", "complaint")
    page.select_option("select[name=agency]", str(Agency.objects.get(code="MOE").pk))
    page.select_option("select[name=category]", str(Category.objects.get(code="SERVICE").pk))
    page.fill("textarea[name=details]", "رسالة مستلمة بالبريد.")
    page.select_option("select[name=place]", "babylon")
    page.set_input_files("input[name=attachments]", str(scan))
    page.get_by_role("button", name="تسجيل المعاملة").click()  # the subject is missing
    page.wait_for_load_state()

    kept = page.get_by_role("checkbox", name="letter.pdf")
    assert kept.is_checked()
    assert page.input_value("textarea[name=details]") == "رسالة مستلمة بالبريد."
    assert serious_violations(page) == []
    page.fill("input[name=subject]", "سوء الخدمة في مديرية التربية")
    page.get_by_role("button", name="تسجيل المعاملة").click()
    page.wait_for_load_state()

    case = Case.objects.get(subject="سوء الخدمة في مديرية التربية")
    assert page.locator(".entered-reference").inner_text() == case.reference
    assert [a.original_name for a in case.attachments.all()] == ["letter.pdf"]


def test_moderator_registers_ticked_cases_as_filed(page, site):
    cases = list(Case.objects.filter(status="submitted"))
    sign_in(page, site.url, "moderator@example.com", staff=True)
    page.goto(f"{site.url}/admin/cases/?status=submitted")
    assert serious_violations(page) == []

    for case in cases:
        page.check(f"input[data-bulk-action-checkbox][data-object-id='{case.pk}']")
    page.locator("a[data-bulk-action-button][href*='/bulk/complaints/case/register/']").click()
    page.wait_for_load_state()
    assert {a.inner_text() for a in page.locator(".bulk-register-cases a").all()} == {
        case.reference for case in cases
    }
    page.get_by_role("button", name="نعم، سجّلها").click()
    page.wait_for_load_state()

    assert "سُجِّلت معاملتان." in page.locator(".messages").inner_text()
    assert set(
        Case.objects.filter(pk__in=[c.pk for c in cases]).values_list("status", flat=True)
    ) == {"registered"}

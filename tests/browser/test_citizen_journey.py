"""The citizen's whole path in a real browser, in Arabic and in English: sign up, open the
verification link from the mail, submit with an attachment, read the receipt, find the case in
"my requests", and follow it up without signing in. axe checks each page on the way."""

import re

import pytest
from django.core import mail

from complaints.models import Agency, Category
from tests.browser.test_accessibility import serious_violations
from tests.complaints.conftest import PDF_BYTES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TEXT = {
    "ar": {
        "signup": "إنشاء حساب",
        "submit": "تقديم",
        "confirm": "تأكيد",
        "sign_out": "تسجيل الخروج",
        "show": "عرض الحالة",
        "status": "مقدَّم",
    },
    "en": {
        "signup": "Create an account",
        "submit": "Submit",
        "confirm": "Confirm",
        "sign_out": "Sign out",
        "show": "Show the status",
        "status": "Submitted",
    },
}


def assert_accessible(page):
    assert serious_violations(page) == [], page.url


@pytest.mark.parametrize("language", ["ar", "en"])
def test_citizen_signs_up_submits_and_follows_up(page, site, language):
    base = f"{site.url}/{language}"
    email = f"journey-{language}@example.com"

    # Sign up with the mandatory details.
    page.goto(f"{base}/accounts/signup/")
    assert_accessible(page)
    page.fill("#id_email", email)
    page.fill("#id_password1", "Tigris-and-Euphrates-26")
    page.fill("#id_password2", "Tigris-and-Euphrates-26")
    page.fill("#id_full_name", "سارة عبد الكريم حسين")
    page.fill("#id_phone", "0781 234 5678")
    page.select_option("#id_residence", "najaf")
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()

    # Open the verification link from the mail, and confirm.
    body = next(m.body for m in reversed(mail.outbox) if email in m.to)
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", body).group(0)
    page.goto(link)
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()

    # Submit on one page, with an attachment.
    page.goto(f"{base}/complaints/submit/")
    assert_accessible(page)
    page.select_option("#id_agency", str(Agency.objects.get(code="MOI").pk))
    page.check("input[name=kind][value=request]")
    page.select_option("#id_category", str(Category.objects.get(code="PASSPORT").pk))
    page.fill("#id_subject", "تجديد جواز السفر")
    page.fill("#id_details", "أرجو تجديد جواز سفري المنتهي، وأرفقت نسخة منه.")
    page.set_input_files(
        "#id_attachments",
        files=[{"name": "passport.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES}],
    )
    page.get_by_role("button", name=TEXT[language]["submit"], exact=True).click()
    page.wait_for_load_state()

    # The receipt.
    reference = page.locator(".receipt__reference").inner_text().strip()
    code = page.locator(".receipt__code").inner_text().strip()
    assert re.fullmatch(r"\d{2}-\d{6}-\d", reference)
    assert re.fullmatch(r"\d{4}-\d{4}-\d{4}", code)
    assert_accessible(page)

    # My requests.
    page.goto(f"{base}/complaints/mine/")
    row = page.locator("tbody tr", has_text=reference)
    assert row.count() == 1
    assert TEXT[language]["status"] in row.inner_text()
    assert_accessible(page)

    # Sign out, then follow up with the reference and the access code.
    page.get_by_role("button", name=TEXT[language]["sign_out"]).click()
    page.wait_for_load_state()
    page.goto(f"{base}/complaints/track/")
    assert_accessible(page)
    page.fill("#id_reference", reference)
    page.fill("#id_access_code", code)
    page.get_by_role("button", name=TEXT[language]["show"]).click()
    page.wait_for_load_state()
    assert reference in page.locator("h1").inner_text()
    assert TEXT[language]["status"] in page.locator(".case-facts").inner_text()
    assert_accessible(page)

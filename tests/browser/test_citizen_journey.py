"""The citizen's whole path in a real browser, in the three languages, on a desktop (1280 px) and
on the smallest phone (320 px): sign up, open the verification link from the mail, fail a first
submit (focus goes to the errors), submit with an attachment by a double click (sent once),
read the receipt, find the case in "my requests", and follow it up without signing in. On every
page: axe finds nothing serious, nothing scrolls sideways, and references and codes read left
to right inside right-to-left text."""

import re

import pytest
from django.core import mail
from django.utils import translation

from complaints.cases.models.cases import Status
from complaints.models import Agency, Case, Category
from tests.browser.test_accessibility import serious_violations
from tests.browser.test_phone import GROUP_EDGES, SIDEWAYS, click_twice
from tests.complaints.conftest import PDF_BYTES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 320, "height": 640}}


def assert_accessible(page):
    assert serious_violations(page) == [], page.url


def assert_fits(page):
    """WCAG 1.4.10: nothing scrolls sideways, at 320 px too."""
    assert page.evaluate(SIDEWAYS) <= 0, f"{page.url} scrolls sideways"


def assert_reads_left_to_right(locator, text):
    """A reference or code shows as typed inside right-to-left text: isolated left to right,
    its first group of digits drawn left of its last."""
    isolated = locator.locator("bdi[dir=ltr]").first
    assert isolated.inner_text().strip() == text
    first, last = isolated.evaluate(GROUP_EDGES)
    assert first < last, f"{text} shows reversed"


def check(page):
    assert_fits(page)
    assert_accessible(page)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", ["ar", "ckb", "en"])
def test_citizen_signs_up_submits_and_follows_up(page, site, language, width):
    base = f"{site.url}/{language}"
    email = f"journey-{language}-{width}@example.com"
    page.set_viewport_size(WIDTHS[width])
    with translation.override(language):
        submitted = str(Status.SUBMITTED.label)

    # Sign up with the mandatory details.
    page.goto(f"{base}/accounts/signup/")
    check(page)
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
    assert link.startswith(f"{base}/accounts/confirm-email/")  # on the portal's address
    page.goto(link)
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()

    # A first try with nothing filled in: the errors are where the keyboard is.
    page.goto(f"{base}/complaints/submit/")
    check(page)
    send = page.locator("form.form button[type=submit]:not([name])")
    send.click()
    page.wait_for_load_state()
    assert page.evaluate("document.activeElement.className") == "error-summary"
    check(page)

    # Submit on one page, with an attachment; a double click sends it once.
    page.select_option("#id_agency", str(Agency.objects.get(code="MOI").pk))
    page.check("input[name=kind][value=request]")
    page.select_option("#id_category", str(Category.objects.get(code="PASSPORT").pk))
    page.fill("#id_subject", "تجديد جواز السفر")
    page.fill("#id_details", "أرجو تجديد جواز سفري المنتهي، وأرفقت نسخة منه.")
    page.set_input_files(
        "#id_attachments",
        files=[{"name": "passport.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES}],
    )
    assert len(click_twice(page, send, "/complaints/submit/")) == 1
    page.wait_for_url(re.compile(r"/receipt/$"))
    assert Case.objects.filter(citizen__email=email).count() == 1

    # The receipt: the reference and the code read as they must be typed.
    reference = page.locator(".receipt__reference").inner_text().strip()
    code = page.locator(".receipt__code").inner_text().strip()
    assert re.fullmatch(r"\d{2}-\d{6}-\d", reference)
    assert re.fullmatch(r"\d{4}-\d{4}-\d{4}", code)
    assert_reads_left_to_right(page.locator(".receipt__reference"), reference)
    assert_reads_left_to_right(page.locator(".receipt__code"), code)
    check(page)

    # My requests.
    page.goto(f"{base}/complaints/mine/")
    row = page.locator("tbody tr", has_text=reference)
    assert row.count() == 1
    assert submitted in row.inner_text()
    check(page)

    # Sign out, then follow up with the reference and the access code.
    if not page.locator(".account-menu").is_visible():
        page.locator(".site-menu__button").click()
    page.locator(".account-menu button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(f"{base}/complaints/track/")
    check(page)
    page.fill("#id_reference", reference)
    page.fill("#id_access_code", code)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert_reads_left_to_right(page.locator("h1"), reference)
    assert submitted in page.locator(".case-facts").inner_text()
    check(page)

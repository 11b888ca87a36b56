"""The attachment picker in the browser: a "Choose files" button in the page's language over
the native input (which keeps the focus), the chosen files listed, and a file over the limit
stopped before anything is sent, with the server's message in the page's language. Without
JavaScript the browser's own input shows."""

import pytest
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from complaints.cases import uploads
from complaints.models import Case
from tests.browser.sessions import sign_in
from tests.browser.test_accessibility import serious_violations
from tests.complaints.conftest import PDF_BYTES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MB = 1024 * 1024
SIX_MB = {"name": "scan.pdf", "mimeType": "application/pdf", "buffer": b"%PDF" + b"0" * 6 * MB}
SMALL = {"name": "passport.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES}
SEND = {"ar": "تقديم", "en": "Send"}


def too_large(language, settings):
    with translation.override(language):
        limit = filesizeformat(settings.COMPLAINTS_MAX_FILE_SIZE)
        return str(uploads.TOO_LARGE % {"name": "scan.pdf", "limit": limit})


@pytest.mark.parametrize(
    ("language", "path"),
    [("ar", "/ar/complaints/submit/"), ("en", "/en/complaints/case/{reference}/")],
)
def test_a_six_megabyte_file_is_stopped_in_the_browser(page, site, settings, language, path):
    sign_in(page, site.url, "citizen@example.com", staff=False)
    reference = Case.objects.order_by("pk").first().reference
    page.goto(f"{site.url}{path.format(reference=reference)}")
    sent = []
    page.on(
        "request", lambda request: sent.append(request.url) if request.method == "POST" else None
    )

    page.set_input_files("#id_attachments", files=[SIX_MB])

    errors = page.locator("[data-file-picker] .errorlist")
    assert errors.inner_text().strip() == too_large(language, settings)
    assert page.locator("[data-file-list]").inner_text().strip() == "scan.pdf"
    if language == "en":
        page.fill("#id_message", "The scan of my passport.")
    page.get_by_role("button", name=SEND[language], exact=True).click()
    page.wait_for_timeout(500)
    assert sent == []
    assert page.evaluate("document.activeElement.id") == "id_attachments"
    assert page.get_attribute("#id_attachments", "aria-invalid") == "true"
    assert "id_attachments_browser_error" in page.get_attribute(
        "#id_attachments", "aria-describedby"
    )
    assert serious_violations(page) == []

    # Fixed: a file within the limit clears the message.
    page.set_input_files("#id_attachments", files=[SMALL])
    assert errors.count() == 0
    assert page.get_attribute("#id_attachments", "aria-invalid") is None


def test_the_native_input_keeps_the_focus_under_the_translated_button(page, site):
    sign_in(page, site.url, "citizen@example.com", staff=False)
    page.goto(f"{site.url}/ar/complaints/submit/")

    button = page.locator("[data-file-button]")
    assert button.is_visible()
    assert button.inner_text().strip() == "اختر الملفات"
    page.focus("#id_place")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_attachments"
    ring = button.evaluate("label => getComputedStyle(label).boxShadow")
    assert "255, 191, 71" in ring  # the focus colour, drawn on the visible button
    name = page.locator("#id_attachments").evaluate("input => input.labels.length")
    assert name == 2  # "Attachments" and "Choose files" name the input

    # Choosing with the button (a label for the input) opens the browser's file chooser.
    with page.expect_file_chooser() as chooser:
        button.click()
    chooser.value.set_files(files=[SMALL])
    assert page.locator("[data-file-list]").inner_text().strip() == "passport.pdf"


def test_without_javascript_the_browsers_own_input_shows(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, site.url, "citizen@example.com", staff=False)
    page.goto(f"{site.url}/ar/complaints/submit/")

    assert page.locator("#id_attachments").bounding_box()["width"] > 100
    assert not page.locator("[data-file-button]").is_visible()
    context.close()

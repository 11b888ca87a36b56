"""Signing in and out in the browser, as people do: password, then the second-factor code."""

from citizens_site.core.accounts.totp import current_code
from tests.factories.people import PASSWORD, TOTP_SECRET


def sign_in(page, base, email, password=PASSWORD, *, staff):
    page.goto(f"{base}/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()
    if staff:
        code = current_code(TOTP_SECRET)
        page.fill("input[name=code]", code)
        page.locator("form.form button[type=submit]").first.click()
        page.wait_for_load_state()


def sign_out(page):
    page.context.clear_cookies()

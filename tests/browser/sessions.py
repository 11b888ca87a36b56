"""Signing in and out in the browser, as people do: password, then the second-factor code."""

import time

from citizens_site.core.accounts.totp import current_code
from tests.factories.people import PASSWORD, TOTP_SECRET


def sign_in(page, base, email, password=PASSWORD, *, staff):
    page.goto(f"{base}/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()
    if staff:
        code = code_valid_for_a_while()
        page.fill("input[name=code]", code)
        page.locator("form.form button[type=submit]").first.click()
        page.wait_for_load_state()


def sign_out(page):
    page.context.clear_cookies()


def code_valid_for_a_while(margin=5):
    """The current TOTP code, taken early in its 30-second step: a code read in the step's
    last seconds can reach the server in the next step, where it is no longer accepted."""
    left = 30 - time.time() % 30
    if left < margin:
        time.sleep(left + 0.2)
    return current_code(TOTP_SECRET)

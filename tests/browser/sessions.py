"""Signing in and out in the browser, as people do: password, then the second-factor code."""

import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from tests.factories.people import PASSWORD, TOTP_SECRET


def sign_in(page, base, email, password=PASSWORD, *, staff):
    page.goto(f"{base}/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()
    if staff:
        code = format_hotp_value(hotp_value(TOTP_SECRET, int(time.time()) // 30))
        page.fill("input[name=code]", code)
        page.locator("form.form button[type=submit]").first.click()
        page.wait_for_load_state()


def sign_out(page):
    page.context.clear_cookies()

"""allauth's sign-up form, keeping what the citizen typed: after an error elsewhere on the form
(a phone number, a missing name) the two password fields come back filled, so the citizen
corrects the one mistake instead of typing the password twice again. When a password field
itself is refused (too short, too common, not the same twice) both come back empty. The page
is never cached (site/urls.py: every account page is ``never_cache``, so no-store)."""

from allauth.account.forms import SignupForm

PASSWORD_FIELDS = ("password1", "password2")


class PortalSignupForm(SignupForm):
    def full_clean(self):
        super().full_clean()
        if not self.is_bound or not self.errors:
            return
        password_refused = any(name in self.errors for name in PASSWORD_FIELDS)
        for name in PASSWORD_FIELDS:
            if name in self.fields:
                self.fields[name].widget.render_value = not password_refused

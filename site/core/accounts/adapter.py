"""How django-allauth behaves on this portal: where people land, how mail and text messages
leave, what the notices of account changes carry, and the account messages in our own
catalogues (allauth ships no Central Kurdish translation)."""

from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from citizens_site.core import mail
from citizens_site.core.security.client_ip import client_ip
from citizens_site.core.sms import send_sms

# The links allauth puts in its mails, built from the request's host (whatever the client
# sent, and the development server's port): sent with the portal's public address instead.
LINKS = ("activate_url", "password_reset_url", "signup_url")


def on_public_address(url):
    """``url``'s path and query on the portal's public address (WAGTAILADMIN_BASE_URL)."""
    parts = urlsplit(url)
    return mail.public_url(parts.path + (f"?{parts.query}" if parts.query else ""))


def is_staff_member(user):
    """Anyone who may open the Wagtail admin, and so must use a second factor."""
    return user.is_authenticated and (
        user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": _("This account is currently inactive."),
        "email_password_mismatch": _(
            "The email address and password you entered do not match an account."
        ),
        "email_taken": _("An account already uses this email address."),
        "enter_current_password": _("Please type your current password."),
        "incorrect_code": _("The code is not correct."),
        "incorrect_password": _("The password is not correct."),
        "invalid_or_expired_key": _("This link is not valid or has expired."),
        "invalid_login": _("Sign-in failed. Check your email address and password."),
        "invalid_password_reset": _("This password reset link is not valid or has expired."),
        "too_many_login_attempts": _("Too many failed sign-in attempts. Please try again later."),
        "unknown_email": _("No account uses this email address."),
        "unverified_primary_email": _("Your email address must be verified first."),
        "same_as_current": _("The new value must be different from the current one."),
        "rate_limited": _("Too many requests in a short time. Please wait and try again."),
    }

    def get_client_ip(self, request):
        """Sign-in limits key on the citizen's address behind our proxies, like every limit."""
        return client_ip(request)

    def get_login_redirect_url(self, request):
        """Staff to the admin; citizens where LOGIN_REDIRECT_URL says (their requests)."""
        if is_staff_member(request.user):
            return reverse("wagtailadmin_home")
        return super().get_login_redirect_url(request)

    def render_mail(self, template_prefix, email, context, headers=None):
        """allauth's mails in the portal's own words and layout (templates/account/email/,
        templates/mfa/email/; ``citizens_site.core.mail``), in the language of the page."""
        message = mail.render(template_prefix, context, language=translation.get_language())
        to = [email] if isinstance(email, str) else list(email)
        rendered = EmailMultiAlternatives(
            message.subject, message.text, self.get_from_email(), to, headers=headers
        )
        rendered.attach_alternative(message.html, "text/html")
        return rendered

    def send_mail(self, template_prefix, email, context):
        """Render now (the page's language, links on the public address), send from a task."""
        context = {"email": email, **context}
        for key in LINKS:
            if context.get(key):
                context[key] = on_public_address(context[key])
        mail.send(
            template_prefix,
            context,
            to=email,
            language=translation.get_language(),
            # allauth calls this once its own writes are saved (no request-wide transaction).
            after_commit=False,
        )

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        """allauth's notice of an account change (ACCOUNT_EMAIL_NOTIFICATIONS), addressed to
        the person by name, with the link that takes the account back if it was not them."""
        context = {
            "user": user,
            "password_reset_url": mail.public_url(reverse("account_reset_password")),
            **(context or {}),
        }
        super().send_notification_mail(template_prefix, user, context, email)

    def send_verification_code_sms(self, user, phone, code, **kwargs):
        """The code that confirms a new mobile number, in the language of the page."""
        self.send_sms(str(phone), "account/sms/phone_code.txt", {"code": code})

    def send_sms(self, phone, template_name, context):
        send_sms.enqueue(phone=phone, message=render_to_string(template_name, context).strip())

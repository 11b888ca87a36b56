"""The mail layout (site/core/mail.py) covers every mail allauth can send, and a language the
portal does not speak falls back to Arabic."""

from pathlib import Path

import allauth
import pytest
from django.template.loader import get_template

from citizens_site.core import mail
from tests.mail_checks import PUBLIC_URL

ALLAUTH_TEMPLATES = Path(allauth.__file__).parent / "templates"
OUR_TEMPLATES = Path(__file__).parents[2] / "templates"


def allauth_messages():
    return sorted(
        str(path.relative_to(ALLAUTH_TEMPLATES)).removesuffix("_message.txt")
        for folder in ["account/email", "mfa/email"]
        for path in (ALLAUTH_TEMPLATES / folder).glob("*_message.txt")
    )


@pytest.mark.parametrize("prefix", allauth_messages())
def test_every_allauth_mail_has_the_portals_html_part_or_is_switched_off(prefix):
    """A new allauth version that adds a mail fails here until the portal words it."""
    if prefix.startswith("mfa/email/webauthn"):
        pytest.skip("security keys are not offered (MFA_SUPPORTED_TYPES)")
    for part in ["txt", "html"]:
        origin = Path(get_template(f"{prefix}_message.{part}").origin.name)
        assert origin.is_relative_to(OUR_TEMPLATES), origin


def test_allauths_greeting_with_the_host_name_is_replaced():
    origin = Path(get_template("account/email/base_message.txt").origin.name)

    assert origin.is_relative_to(OUR_TEMPLATES)
    assert "Hello from" not in origin.read_text()


def test_a_language_the_portal_does_not_speak_gets_arabic(settings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC_URL + "/"  # a trailing slash doubles no slash

    message = mail.render("complaints/email/queue_digest", {"count": 2}, language="fr")

    assert message.subject.startswith("حكومة المواطن: ")
    assert f"{PUBLIC_URL}/admin/cases/\n" in message.text
    assert f"{PUBLIC_URL}//" not in message.text + message.html

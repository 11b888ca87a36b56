"""The organisers' copy of an event registration is a mail of the portal's, in the event's
language, with the answers as typed and a link to every registration in the admin."""

import pytest

from publications.models import RegistrationField
from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.mail_checks import PUBLIC_URL, check_portal_mail

pytestmark = pytest.mark.django_db

SUBJECTS = {
    "ar": "تسجيل جديد في الندوة",
    "ckb": "ناونووسینی نوێ بۆ سیمینار",
    "en": "New registration",
}


@pytest.mark.parametrize("language", ["ar", "ckb", "en"])
def test_the_organisers_copy_of_a_registration(client, homes, settings, language, mailoutbox):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC_URL
    listing = EventIndexPageFactory(parent=homes[language], slug="events")
    event = EventPageFactory(
        parent=listing,
        takes_registrations=True,
        to_address="events@example.org",
        subject=SUBJECTS[language],
    )
    for order, (label, kind) in enumerate([("Full name", "singleline"), ("Phone", "singleline")]):
        RegistrationField.objects.create(
            page=event, sort_order=order, label=label, field_type=kind, required=True
        )

    client.post(f"{event.url}register/", {"full_name": "سارة علي", "phone": "0770 123 4567"})

    (message,) = mailoutbox
    text, html = check_portal_mail(message, language)
    assert message.to == ["events@example.org"]
    assert SUBJECTS[language] in message.subject
    assert "سارة علي" in text
    assert [cell.get_text() for cell in html.select("td bdi")] == ["سارة علي", "0770 123 4567"]
    assert f"{PUBLIC_URL}/admin/forms/submissions/{event.pk}/\n" in text
    if language != "en":  # typed text keeps its own direction inside Arabic and Kurdish
        assert "\u20680770 123 4567\u2069" in text

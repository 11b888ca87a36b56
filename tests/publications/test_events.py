"""Events: validation editors see, and registration through the event's form."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from publications.models import RegistrationField
from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.factories.people import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(homes):
    listing = EventIndexPageFactory(parent=homes["en"], slug="events")
    page = EventPageFactory(
        parent=listing,
        title="Rights seminar",
        takes_registrations=True,
        to_address="events@example.org",
        subject="New registration",
    )
    RegistrationField.objects.create(
        page=page, sort_order=0, label="Full name", field_type="singleline", required=True
    )
    RegistrationField.objects.create(
        page=page, sort_order=1, label="Email", field_type="email", required=True
    )
    return page


def test_event_must_end_after_it_starts(homes):
    start = timezone.now()
    page = EventPageFactory.build(
        start=start, end=start - datetime.timedelta(hours=1), search_description="x"
    )

    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "end" in error.value.message_dict


def test_event_needs_a_venue_or_an_online_link(homes):
    page = EventPageFactory.build(venue="", online_url="", search_description="x")

    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "venue" in error.value.message_dict


def test_registration_is_stored_and_the_organisers_get_it_by_mail(
    client, event, mailoutbox, django_capture_on_commit_callbacks
):
    response = client.post(
        f"{event.url}register/", {"full_name": "Sara Ali", "email": "sara@example.org"}
    )

    assert response.status_code == 200
    assert "You are registered" in response.text
    submission = FormSubmission.objects.get(page=event)
    assert submission.get_data()["full_name"] == "Sara Ali"
    assert [message.to for message in mailoutbox] == [["events@example.org"]]
    assert "Sara Ali" in mailoutbox[0].body


def test_invalid_registration_keeps_what_was_typed(client, event):
    response = client.post(
        f"{event.url}register/", {"full_name": "Sara Ali", "email": "not-an-address"}
    )

    assert response.status_code == 200
    assert "Enter a valid email address." in response.text
    assert 'value="Sara Ali"' in response.text
    assert not FormSubmission.objects.exists()


def test_registration_closes_when_the_event_starts(client, event):
    event.start = timezone.now() - datetime.timedelta(minutes=5)
    event.save()

    response = client.post(
        f"{event.url}register/", {"full_name": "Late comer", "email": "late@example.org"}
    )

    assert "Registration has closed" in response.text
    assert not FormSubmission.objects.exists()
    assert "register/" not in client.get(event.url).text


def test_events_without_registration_have_no_form(client, homes):
    listing = EventIndexPageFactory(parent=homes["ar"], slug="events")
    page = EventPageFactory(parent=listing)

    assert client.get(f"{page.url}register/").status_code == 404


def test_event_page_shows_baghdad_time(client, homes):
    listing = EventIndexPageFactory(parent=homes["en"], slug="events")
    start = datetime.datetime(2026, 12, 10, 7, 0, tzinfo=datetime.UTC)  # 10:00 in Baghdad
    page = EventPageFactory(parent=listing, start=start, end=start + datetime.timedelta(hours=2))

    # Seen a week before: an upcoming event, whatever today's date is.
    with time_machine.travel(start - datetime.timedelta(days=7), tick=False):
        response = client.get(page.url)

    assert "10 December 2026, 10:00" in " ".join(response.text.split())
    assert "Baghdad time" in response.text


def test_registrations_export_quotes_what_a_visitor_typed_as_a_formula(client, event):
    """Anyone may register, so the organisers' CSV must not run what a visitor typed."""
    import csv
    import io

    from django.contrib.auth import get_user_model
    from openpyxl import load_workbook

    from tests.conftest import sign_in_staff

    formula = '=HYPERLINK("http://evil.example/?x","open")'
    client.post(f"{event.url}register/", {"full_name": formula, "email": "x@example.org"})
    get_user_model().objects.create_superuser(email="root@example.com", password=PASSWORD)
    sign_in_staff(client, "root@example.com")
    url = f"/admin/forms/submissions/{event.pk}/"

    response = client.get(url, {"export": "csv"})
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    workbook = load_workbook(
        io.BytesIO(b"".join(client.get(url, {"export": "xlsx"}).streaming_content))
    )

    row = list(csv.reader(io.StringIO(content)))[1]
    assert "'" + formula in row
    assert formula not in row
    cell = next(
        cell
        for line in workbook.worksheets[0].iter_rows()
        for cell in line
        if cell.value == formula
    )
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_a_registration_is_stored_without_direction_overrides(client, event):
    client.post(
        f"{event.url}register/",
        {"full_name": "\u202eSara\u2066 Ali\u2069\r\nHassan", "email": "sara@example.org"},
    )

    assert FormSubmission.objects.get(page=event).get_data()["full_name"] == "Sara Ali Hassan"


def test_a_script_cannot_flood_the_organisers_with_registrations(
    client, event, mailoutbox, settings, django_capture_on_commit_callbacks
):
    settings.EVENT_REGISTRATIONS_PER_HOUR = "3/h"
    answers = [
        client.post(
            f"{event.url}register/", {"full_name": f"Bot {n}", "email": f"bot{n}@example.org"}
        ).status_code
        for n in range(6)
    ]

    assert answers == [200, 200, 200, 429, 429, 429]
    assert FormSubmission.objects.filter(page=event).count() == 3
    assert len(mailoutbox) == 3


def test_a_registration_sent_twice_from_the_same_form_is_stored_and_mailed_once(
    client, event, mailoutbox
):
    shown = client.get(f"{event.url}register/")
    token = BeautifulSoup(shown.content, "html.parser").select_one("input[name=form_token]")[
        "value"
    ]
    data = {"full_name": "Sara Ali", "email": "sara@example.org", "form_token": token}

    first = client.post(f"{event.url}register/", data)
    second = client.post(f"{event.url}register/", data)

    assert first.status_code == second.status_code == 200
    assert "You are registered" in second.text
    submission = FormSubmission.objects.get(page=event)
    assert "form_token" not in submission.get_data()
    assert len(mailoutbox) == 1
    assert token not in mailoutbox[0].body


@pytest.mark.parametrize(
    ("language", "venue", "shown"),
    [
        ("ar", "قاعة المؤتمرات", "قاعة المؤتمرات، بغداد"),
        ("ar", "قاعة الشعب في بغداد", "قاعة الشعب في بغداد"),
        ("en", "Conference hall", "Conference hall, Baghdad"),
    ],
)
def test_the_venue_names_its_governorate_once_with_the_languages_comma(
    client, homes, language, venue, shown
):
    listing = EventIndexPageFactory(parent=homes[language], slug="events")
    page = EventPageFactory(parent=listing, venue=venue, governorate="baghdad")

    html = BeautifulSoup(client.get(page.url).content, "html.parser")

    place = [dt.find_next_sibling("dd").get_text(strip=True) for dt in html.select("dt")]
    assert shown in place

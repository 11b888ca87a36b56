"""Citizens submitting at the same moment, with real concurrency: threads, each with its own
database connection, on SQLite (a database file, opened with the project's settings) and on
PostgreSQL alike. Every form sent is stored once, and no one gets an error page."""

import threading
import time
import uuid

import pytest
from bs4 import BeautifulSoup
from django.db import transaction

from complaints.models import Agency, Case, Category
from tests.conftest import browser, same_browser, sign_in_staff

from .conftest import make_citizen, png_bytes, submit, upload
from .test_submission import SUBMIT, form_data

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def signed_in_clients(count, citizens):
    clients = []
    for index in range(count):
        client = browser()
        client.force_login(citizens[index % len(citizens)])
        clients.append(client)
    return clients


def poster(client, data):
    """A job that sends the form with a file, as a browser sends it (a fresh file object
    per request: an upload is read once)."""
    return lambda: client.post(SUBMIT, {**data, "attachments": [upload("id.png", png_bytes())]})


@pytest.fixture
def citizens(reference_data):
    return [
        make_citizen(f"parallel.{n}@example.com", phone=f"+96477012345{n:02d}") for n in range(4)
    ]


def test_twenty_citizens_submitting_at_once_each_get_a_receipt_and_one_case(
    shared_database, citizens
):
    tokens = [str(uuid.uuid4()) for _ in range(20)]
    jobs = [
        poster(client, form_data(submission_token=token))
        for client, token in zip(signed_in_clients(20, citizens), tokens, strict=True)
    ]

    responses = shared_database.run_at_once(*jobs)

    assert [response.status_code for response in responses] == [302] * 20  # no error page
    cases = {str(case.submission_token): case for case in Case.objects.all()}
    assert sorted(cases) == sorted(tokens)  # every form stored, none twice
    for response, token in zip(responses, tokens, strict=True):
        assert response["Location"].endswith(f"/case/{cases[token].reference}/receipt/")
    assert len({case.reference for case in cases.values()}) == 20
    assert all(case.attachments.count() == 1 for case in cases.values())


def test_a_form_sent_twice_at_once_makes_one_case_and_both_land_on_its_receipt(
    shared_database, citizens
):
    first_clicks = signed_in_clients(8, citizens)
    second_clicks = [same_browser(client) for client in first_clicks]
    tokens = [str(uuid.uuid4()) for _ in first_clicks]
    jobs = [
        poster(client, form_data(submission_token=token))
        for clicks in (first_clicks, second_clicks)
        for client, token in zip(clicks, tokens, strict=True)
    ]

    responses = shared_database.run_at_once(*jobs)

    assert [response.status_code for response in responses] == [302] * 16
    assert Case.objects.count() == 8
    for index, token in enumerate(tokens):
        receipt = f"/case/{Case.objects.get(submission_token=token).reference}/receipt/"
        for response in (responses[index], responses[index + len(tokens)]):
            assert response["Location"].endswith(receipt)
    assert first_clicks[0].get(responses[len(tokens)]["Location"]).status_code == 200


def test_a_form_resent_while_the_first_is_still_saving_returns_the_first_case(
    shared_database, reference_data, citizen
):
    """The second request finds no case yet (the first has not committed), waits for the
    database, then meets the token's unique constraint: it answers as a double submit."""
    token = uuid.uuid4()
    saving = threading.Event()

    def slow_first():
        with transaction.atomic():
            submission = submit(citizen, token=token)
            saving.set()
            time.sleep(0.5)  # a slow request: the second arrives and must wait for this one
        return submission

    def second():
        saving.wait(10)
        return submit(citizen, token=token)

    first, resent = shared_database.run_at_once(slow_first, second)

    assert resent.case.pk == first.case.pk
    assert first.access_code
    assert resent.access_code is None
    assert Case.objects.count() == 1


def test_staff_entering_the_same_letter_twice_at_once_register_it_once(shared_database, intake):
    client = browser()
    sign_in_staff(client, intake.email)
    again = same_browser(client)
    form = {
        "channel": "letter",
        "citizen_name": "كريم جاسم",
        "citizen_phone": "07701234599",
        "kind": "complaint",
        "agency": Agency.objects.get(code="MOE").pk,
        "category": Category.objects.get(code="SERVICE").pk,
        "subject": "سوء الخدمة في مديرية التربية",
        "details": "وصلت رسالة المواطن بالبريد.",
        "place": "babylon",
        "submission_token": str(uuid.uuid4()),
    }

    responses = shared_database.run_at_once(
        lambda: client.post("/admin/cases/new/", form),
        lambda: again.post("/admin/cases/new/", form),
    )

    assert [response.status_code for response in responses] == [200, 200]
    case = Case.objects.get()
    pages = [BeautifulSoup(response.content, "html.parser") for response in responses]
    assert [page.select_one(".entered-reference").get_text() for page in pages] == [
        case.reference,
        case.reference,
    ]
    assert len([page for page in pages if page.select_one(".entered-code")]) == 1

"""Submitting on one page: validation in the citizen's language, files, receipt, no doubles."""

import datetime
import re
import uuid

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.utils import timezone

from complaints.cases import workflow
from complaints.cases.models.cases import Status
from complaints.models import Agency, Attachment, Case, Category, PendingUpload
from tests import factories

from .conftest import PDF_BYTES, SUBMIT, form_data, make_citizen, png_bytes, upload

pytestmark = pytest.mark.django_db


def page(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def signed_in(client, reference_data, citizen):
    client.force_login(citizen)
    return client


def test_citizen_submits_and_gets_a_receipt_with_reference_code_and_due_date(signed_in):
    response = signed_in.post(
        SUBMIT, form_data(attachments=[upload("id.pdf", PDF_BYTES)]), follow=True
    )

    case = Case.objects.get()
    receipt = page(response)
    assert receipt.select_one(".receipt__reference").get_text() == case.reference
    code = receipt.select_one(".receipt__code").get_text()
    assert re.fullmatch(r"\d{4}-\d{4}-\d{4}", code)  # twelve digits, written in groups
    assert case.status == Status.SUBMITTED
    assert case.events.get().kind == "submitted"
    assert case.due_date > case.submitted_at.date()
    assert case.attachments.get().original_name == "id.pdf"


def test_receipt_email_carries_reference_and_code_but_no_password(
    signed_in, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(SUBMIT, form_data(), follow=True)

    case = Case.objects.get()
    message = mail.outbox[-1]
    assert case.reference in message.subject
    assert case.reference in message.body
    assert page(response).select_one(".receipt__code").get_text() in message.body
    assert factories.PASSWORD not in message.body
    assert message.to == ["citizen.one@example.com"]


def test_attachments_are_stored_outside_the_public_media_folder(
    signed_in, private_storage, settings
):
    signed_in.post(SUBMIT, form_data(attachments=[upload("photo.png", png_bytes())]))

    stored = Attachment.objects.get().file.path
    assert stored.startswith(str(private_storage))
    assert not stored.startswith(settings.MEDIA_ROOT)
    assert "photo" not in stored  # random stored name


def test_double_submission_of_the_same_form_creates_one_case(signed_in):
    data = form_data()
    first = signed_in.post(SUBMIT, data)
    second = signed_in.post(SUBMIT, data)

    assert Case.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_after_a_double_click_the_receipt_still_shows_the_access_code(
    client, reference_data, citizen, monkeypatch
):
    """The second press loads the session before the first has written the receipt's code
    into it, and the first finishes while the second is still working (the load run,
    tests/benchmarks/load, caught it so). Were the second to save its copy of the session,
    the code would be gone from the receipt both presses lead to."""
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client.force_login(citizen)
    first_press = Client()
    first_press.cookies = client.cookies
    data = form_data()
    submit_case = workflow.submit_case

    def first_press_finishes_meanwhile(**arguments):
        monkeypatch.setattr(workflow, "submit_case", submit_case)
        assert first_press.post(SUBMIT, data).status_code == 302
        return submit_case(**arguments)

    monkeypatch.setattr(workflow, "submit_case", first_press_finishes_meanwhile)
    # Minutes after signing in, as a citizen who took time over the form.
    with time_machine.travel(start + datetime.timedelta(minutes=5), tick=False):
        second = client.post(SUBMIT, data, follow=True)

    assert Case.objects.count() == 1
    assert page(second).select_one(".receipt__code") is not None


def test_errors_are_shown_next_to_the_field_in_arabic_and_nothing_typed_is_lost(signed_in):
    response = signed_in.post(SUBMIT, form_data(subject="", details="قصير"))

    assert response.status_code == 200
    form = page(response)
    subject_field = form.select_one("#id_subject").find_parent(class_="field")
    assert subject_field.select_one(".errorlist")
    assert form.select_one("#id_subject")["aria-invalid"] == "true"
    assert subject_field.select_one(".errorlist").get_text(strip=True) == "أدخل موضوع طلبك."
    assert form.select_one("#id_details").get_text().strip() == "قصير"
    assert Case.objects.count() == 0


def test_a_valid_file_survives_a_failed_submission_and_is_attached_on_success(signed_in):
    response = signed_in.post(
        SUBMIT, form_data(subject="", attachments=[upload("passport.pdf", PDF_BYTES)])
    )

    kept = page(response).select("input[name=kept_uploads]")
    assert [k.find_parent("label").get_text(strip=True)[:12] for k in kept] == ["passport.pdf"]
    signed_in.post(SUBMIT, form_data(kept_uploads=[kept[0]["value"]]))

    case = Case.objects.get()
    assert case.attachments.get().original_name == "passport.pdf"
    assert PendingUpload.objects.count() == 0


def test_another_citizens_kept_upload_cannot_be_claimed(
    client, reference_data, citizen, other_citizen
):
    client.force_login(other_citizen)
    response = client.post(
        SUBMIT, form_data(subject="", attachments=[upload("theirs.pdf", PDF_BYTES)])
    )
    token = page(response).select_one("input[name=kept_uploads]")["value"]
    client.force_login(citizen)

    client.post(SUBMIT, form_data(kept_uploads=[token]))

    case = Case.objects.get()
    assert case.citizen == citizen
    assert case.attachments.count() == 0


def test_category_the_agency_does_not_handle_is_refused(signed_in):
    response = signed_in.post(
        SUBMIT,
        form_data(
            agency=Agency.objects.get(code="MOWR").pk,
            category=Category.objects.get(code="CIVIL-ID").pk,
        ),
    )

    assert page(response).select_one("#id_category").get("aria-invalid") == "true"
    assert Case.objects.count() == 0


def test_without_javascript_the_update_button_narrows_the_categories(signed_in):
    response = signed_in.post(
        SUBMIT,
        form_data(
            agency=Agency.objects.get(code="MOI").pk,
            kind="request",
            category="",
            update_categories="1",
        ),
    )

    options = {o.get_text(strip=True) for o in page(response).select("#id_category option")}
    assert "إصدار البطاقة الوطنية الموحدة (هوية الأحوال المدنية)" in options
    assert not any("الري" in option for option in options)
    assert not page(response).select(".errorlist")


def test_country_is_required_when_it_happened_abroad(signed_in):
    response = signed_in.post(SUBMIT, form_data(place="abroad", place_country=""))

    assert page(response).select_one("#id_place_country")["aria-invalid"] == "true"
    signed_in.post(SUBMIT, form_data(place="abroad", place_country="TR"))
    assert Case.objects.get().place_country.code == "TR"


def test_a_citizen_without_the_mandatory_details_is_asked_for_them_first(client, reference_data):
    incomplete = make_citizen("new@example.com", name="", phone="")
    client.force_login(incomplete)

    response = client.get(SUBMIT)

    assert response.status_code == 302
    assert response["Location"].startswith("/ar/accounts/profile/?next=")


def test_anonymous_visitors_are_sent_to_sign_in(client, reference_data):
    response = client.get(SUBMIT)

    assert response["Location"].startswith("/ar/accounts/login/?next=")


def test_submission_page_query_count_does_not_grow_with_reference_data(signed_in):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        signed_in.get(SUBMIT)  # warm per-process caches
        with CaptureQueriesContext(connection) as captured:
            assert signed_in.get(SUBMIT).status_code == 200
        return len(captured)

    small = count()
    parent = Agency.objects.get(code="MOE")
    for number in range(30):
        parent.add_child(
            instance=Agency(
                code=f"MOE-X{number}",
                kind="sub_formation",
                name_ar=f"مديرية {number}",
                name_ckb="x",
                name_en="x",
            )
        )
    assert count() == small <= 12


def test_a_mail_server_that_is_down_neither_blocks_nor_loses_the_case(
    signed_in, settings, django_capture_on_commit_callbacks
):
    """A real SMTP backend aimed at a closed port: the case is saved, the receipt shown."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(SUBMIT, form_data(), follow=True)

    assert response.status_code == 200
    assert page(response).select_one(".receipt__reference").get_text() == (
        Case.objects.get().reference
    )


@pytest.mark.parametrize("token", ["", "not-a-token"])
def test_a_missing_or_mangled_hidden_token_is_no_error(signed_in, token):
    response = signed_in.post(SUBMIT, form_data(submission_token=token))

    case = Case.objects.get()
    assert response.status_code == 302
    assert case.reference in response["Location"]


def test_a_new_token_drawn_for_a_mangled_one_is_kept_when_another_field_fails(signed_in):
    response = signed_in.post(SUBMIT, form_data(subject="", submission_token="not-a-token"))
    token = page(response).select_one("input[name=submission_token]")["value"]

    signed_in.post(SUBMIT, form_data(submission_token=token))
    signed_in.post(SUBMIT, form_data(submission_token=token))  # the same form, sent again

    assert uuid.UUID(token)
    assert Case.objects.count() == 1


BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ZWNJ = "\u200c"  # joins nothing, separates letters: part of Kurdish and Persian spelling


def test_stored_case_has_no_direction_overrides_and_a_one_line_subject(signed_in):
    """Overrides and isolates reorder what staff read (a subject shown backwards, a name that
    swallows the text after it); CR/LF in a subject breaks lists, mails and exports."""
    signed_in.post(
        SUBMIT,
        form_data(
            subject=(
                "\u202eتأخر\u2066 البطاقة\u2069\r\nالوطنية\u202c\x07\tبۆ دەست\u200cپێکردن\u200c "
            ),
            details=(
                "سطر أول\u202b مقلوب\u202c\r\nسطر\u2067 ثانٍ\u2069\u202d\r\n\r\n\r\n"
                "\u2068دەست\u200cپێکردنی\u2069 کار\r\n"
            ),
        ),
    )

    case = Case.objects.get()
    assert case.subject == "تأخر البطاقة الوطنية بۆ دەست\u200cپێکردن"
    assert case.details == "سطر أول مقلوب\nسطر ثانٍ\n\nدەست\u200cپێکردنی کار"
    assert not BIDI_CONTROLS & set(case.subject + case.details)
    assert ZWNJ in case.subject
    assert ZWNJ in case.details


def test_a_subject_of_invisible_characters_only_is_refused(signed_in):
    response = signed_in.post(SUBMIT, form_data(subject="\u2066\u200c\u2069\r\n\u202e"))

    assert "subject" in response.context["form"].errors
    assert Case.objects.count() == 0


def test_too_many_files_are_refused_before_any_is_read_or_kept(
    signed_in, settings, private_storage
):
    files = [upload(f"page-{n}.pdf", PDF_BYTES) for n in range(settings.COMPLAINTS_MAX_FILES * 8)]

    response = signed_in.post(SUBMIT, form_data(attachments=files))

    assert response.status_code == 200
    error = page(response).select_one("#id_attachments_error, .errorlist").get_text(" ")
    assert "40" in error
    assert str(settings.COMPLAINTS_MAX_FILES) in error
    assert PendingUpload.objects.count() == 0
    assert not any(p.is_file() for p in private_storage.rglob("*"))
    assert page(response).select_one("#id_subject")["value"] == form_data()["subject"]


def test_files_too_large_together_are_refused_before_any_is_kept(signed_in, settings):
    settings.COMPLAINTS_MAX_CASE_SIZE = len(PDF_BYTES) * 2

    response = signed_in.post(
        SUBMIT, form_data(subject="", attachments=[upload(f"{n}.pdf", PDF_BYTES) for n in range(3)])
    )

    assert "لم يُحفظ أي منها" in page(response).get_text()  # "none was kept"

    assert PendingUpload.objects.count() == 0
    assert Case.objects.count() == 0


def test_a_citizen_may_file_a_days_quota_and_the_next_form_keeps_its_text(
    signed_in, citizen, settings
):
    from .conftest import submit

    settings.COMPLAINTS_DAILY_QUOTA = 3
    first, *_others = [submit(citizen, token=uuid.uuid4()) for _ in range(3)]

    response = signed_in.post(SUBMIT, form_data())

    assert Case.objects.count() == 3
    assert "24" in page(response).select_one(".error-summary").get_text()
    assert page(response).select_one("#id_subject")["value"] == form_data()["subject"]
    # A form already sent is no new case: resending it still lands on its receipt.
    resent = signed_in.post(SUBMIT, form_data(submission_token=str(first.case.submission_token)))
    assert resent.status_code == 302


def test_the_arabic_receipt_mail_keeps_the_reference_and_code_in_order(
    signed_in, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(SUBMIT, form_data(), follow=True)

    case = Case.objects.get()
    code = page(response).select_one(".receipt__code").get_text()
    message = mail.outbox[-1]
    assert f"\u2066{case.reference}\u2069" in message.subject
    assert f"\u2066{case.reference}\u2069" in message.body
    assert f"\u2066{code}\u2069" in message.body
    # Each link alone on its line: nothing around it to reorder, nothing a mail program could
    # take into it.
    links = [line for line in message.body.splitlines() if "http" in line]
    assert links
    assert all(line.startswith("http") and " " not in line for line in links)


def test_the_english_receipt_mail_has_no_direction_characters(
    client, reference_data, citizen, django_capture_on_commit_callbacks
):
    client.force_login(citizen)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/complaints/submit/", form_data())

    message = mail.outbox[-1]
    assert Case.objects.get().reference in message.body
    assert "\u2066" not in message.body + message.subject


def test_the_receipt_and_its_title_show_the_reference_left_to_right(signed_in):
    response = signed_in.post(SUBMIT, form_data(), follow=True)

    case = Case.objects.get()
    receipt = page(response)
    assert receipt.select_one(".receipt__reference bdi[dir=ltr]").get_text() == case.reference
    assert receipt.select_one(".receipt__code bdi[dir=ltr]")
    assert f"\u2066{case.reference}\u2069" in receipt.title.get_text()


def test_an_empty_submission_says_what_to_do_for_each_field(signed_in):
    response = signed_in.post(SUBMIT, {"submission_token": str(uuid.uuid4())})

    form = page(response)
    errors = {
        field: form.select_one(f"#id_{field}_error").get_text(strip=True)
        for field in ["agency", "kind", "category", "subject", "details", "place"]
    }
    assert errors == {
        "agency": "اختر الجهة المعنية.",
        "kind": "اختر ما ترسله: طلبًا أو شكوى أو مقترحًا.",
        "category": "اختر تصنيف طلبك.",
        "subject": "أدخل موضوع طلبك.",
        "details": "صِف طلبك: ماذا حدث ومتى وأين، وماذا تطلب.",
        "place": "اختر المحافظة التي حدث فيها، أو خارج العراق.",
    }
    assert form.title.get_text().startswith("خطأ: ")
    assert form.select_one(".error-summary")["tabindex"] == "-1"

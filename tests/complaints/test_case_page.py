"""My requests and the case page: what the citizen sees and can do; nothing of anyone else's."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation
from django.utils.formats import date_format

from complaints.cases import workflow
from complaints.cases.models.cases import Status
from complaints.models import CaseEvent

from .conftest import PDF_BYTES, submit, upload

pytestmark = pytest.mark.django_db


def page(response):
    return BeautifulSoup(response.content, "html.parser")


def staff_event(case, kind, message, *, is_public, to_status=None):
    """What the staff side (issue 4) will do through the workflow; here set up directly."""
    CaseEvent.objects.create(
        case=case,
        kind=kind,
        created_at=timezone.now(),
        message=message,
        is_public=is_public,
        from_status=case.status,
        to_status=to_status or "",
    )
    if to_status:
        case.status = to_status
        case.save(update_fields=["status"])


def test_my_requests_lists_the_seed_columns_and_a_follow_up_action(client, case, citizen):
    client.force_login(citizen)

    row = page(client.get("/ar/complaints/mine/")).select("tbody tr")

    assert len(row) == 1
    cells = [td.get_text(strip=True) for td in row[0].find_all("td")]
    assert cells[0] == case.reference
    assert cells[1] == case.subject
    assert cells[2] == case.agency.name_ar
    with translation.override("ar"):
        assert cells[4] == str(Status.SUBMITTED.label)
        # The date reads as everywhere else on the portal: "1 كانون الأول 2026".
        assert cells[3] == date_format(timezone.localtime(case.submitted_at), "DATE_FORMAT")
    assert row[0].find("a")["href"] == f"/ar/complaints/case/{case.reference}/"


def test_my_requests_filters_by_status_and_paginates(client, reference_data, citizen):
    cases = [submit(citizen, subject=f"موضوع {n}").case for n in range(23)]
    workflow.withdraw_case(case=cases[0], citizen=citizen)
    client.force_login(citizen)

    first_page = page(client.get("/ar/complaints/mine/"))
    withdrawn = page(client.get("/ar/complaints/mine/?status=withdrawn"))

    assert len(first_page.select("tbody tr")) == 20
    assert first_page.select_one(".pagination a[rel=next]")
    assert [td.get_text(strip=True) for td in withdrawn.select("tbody tr td:first-child")] == [
        cases[0].reference
    ]


def test_jump_box_opens_own_case_and_refuses_anyone_elses(client, case, citizen, other_citizen):
    client.force_login(citizen)
    assert client.get(f"/ar/complaints/mine/?reference={case.reference}")["Location"] == (
        f"/ar/complaints/case/{case.reference}/"
    )
    client.force_login(other_citizen)

    response = client.get(f"/ar/complaints/mine/?reference={case.reference}")

    assert response.status_code == 200
    assert page(response).select_one("#id_reference")["aria-invalid"] == "true"


def test_case_page_shows_public_timeline_but_never_internal_notes(client, case, citizen):
    staff_event(case, CaseEvent.Kind.NOTE, "ملاحظة داخلية سرية", is_public=False)
    staff_event(case, CaseEvent.Kind.REPLY, "تمت مخاطبة دائرة الأحوال المدنية", is_public=True)
    client.force_login(citizen)

    text = page(client.get(f"/ar/complaints/case/{case.reference}/")).get_text()

    assert "تمت مخاطبة دائرة الأحوال المدنية" in text
    assert "ملاحظة داخلية سرية" not in text


def test_citizen_replies_with_a_file_while_the_case_is_open(client, case, citizen):
    staff_event(
        case,
        CaseEvent.Kind.INFO_REQUESTED,
        "أرفق نسخة الهوية",
        is_public=True,
        to_status=Status.AWAITING_CITIZEN,
    )
    client.force_login(citizen)

    client.post(
        f"/ar/complaints/case/{case.reference}/reply/",
        {"message": "مرفق نسخة الهوية", "attachments": [upload("id.pdf", PDF_BYTES)]},
    )

    case.refresh_from_db()
    assert case.status == Status.IN_PROGRESS
    reply = case.events.get(kind="citizen_reply")
    assert reply.attachments.get().original_name == "id.pdf"


def test_an_empty_reply_is_refused_and_the_attached_file_is_kept(client, case, citizen):
    client.force_login(citizen)

    response = client.post(
        f"/ar/complaints/case/{case.reference}/reply/",
        {"message": "  \u200b ", "attachments": [upload("id.pdf", PDF_BYTES)]},
    )

    assert response.status_code == 400
    assert page(response).select_one("input[name=kept_uploads]")
    assert not case.events.filter(kind="citizen_reply").exists()


def test_citizen_withdraws_an_open_case(client, case, citizen):
    client.force_login(citizen)

    client.post(f"/ar/complaints/case/{case.reference}/withdraw/", {"reason": "حُلّت المشكلة"})

    case.refresh_from_db()
    assert case.status == Status.WITHDRAWN
    assert case.events.last().message == "حُلّت المشكلة"


def test_rating_is_offered_only_once_answered(client, case, citizen):
    client.force_login(citizen)
    assert not page(client.get(f"/ar/complaints/case/{case.reference}/")).select(
        "input[name=rating]"
    )

    client.post(f"/ar/complaints/case/{case.reference}/rate/", {"rating": "5"})
    case.refresh_from_db()
    assert case.satisfaction_rating is None

    staff_event(
        case, CaseEvent.Kind.RESOLVED, "صدرت البطاقة", is_public=True, to_status=Status.ANSWERED
    )
    client.post(f"/ar/complaints/case/{case.reference}/rate/", {"rating": "4", "comment": "شكرًا"})
    case.refresh_from_db()
    assert (case.satisfaction_rating, case.satisfaction_comment) == (4, "شكرًا")


@pytest.mark.parametrize("suffix", ["", "receipt/", "reply/", "withdraw/", "rate/"])
def test_another_citizen_gets_404_for_every_page_of_the_case(client, case, other_citizen, suffix):
    client.force_login(other_citizen)
    url = f"/ar/complaints/case/{case.reference}/{suffix}"

    response = (
        client.post(url, {"message": "x", "rating": "5"})
        if suffix not in ("", "receipt/")
        else client.get(url)
    )

    assert response.status_code == 404
    case.refresh_from_db()
    assert case.status == Status.SUBMITTED
    assert case.events.count() == 1


def test_another_citizen_gets_404_for_the_attachment_whatever_id_is_tried(
    client, reference_data, citizen, other_citizen
):
    from complaints.cases.uploads import check_file

    case = submit(citizen, files=[check_file(upload("id.pdf", PDF_BYTES))]).case
    theirs = submit(other_citizen).case
    attachment = case.attachments.get()
    client.force_login(other_citizen)

    assert (
        client.get(f"/ar/complaints/case/{case.reference}/files/{attachment.pk}/").status_code
        == 404
    )
    assert (
        client.get(f"/ar/complaints/case/{theirs.reference}/files/{attachment.pk}/").status_code
        == 404
    )


def test_owner_downloads_the_attachment_as_a_file_with_nosniff(client, reference_data, citizen):
    from complaints.cases.uploads import check_file

    case = submit(citizen, files=[check_file(upload("id.pdf", PDF_BYTES))]).case
    client.force_login(citizen)

    response = client.get(
        f"/ar/complaints/case/{case.reference}/files/{case.attachments.get().pk}/"
    )

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_anonymous_visitor_is_sent_to_sign_in_for_a_case(client, case):
    response = client.get(f"/ar/complaints/case/{case.reference}/")

    assert response["Location"].startswith("/ar/accounts/login/")


@pytest.mark.parametrize("count", [2, 25])
def test_my_requests_and_case_page_queries_do_not_grow(
    client, reference_data, citizen, count, django_assert_max_num_queries
):
    cases = [submit(citizen, subject=f"موضوع {n}").case for n in range(count)]
    for n in range(count):
        staff_event(cases[0], CaseEvent.Kind.REPLY, f"رد {n}", is_public=True)
    client.force_login(citizen)
    client.get("/ar/complaints/mine/")

    with django_assert_max_num_queries(12):
        client.get("/ar/complaints/mine/")
    with django_assert_max_num_queries(14):
        client.get(f"/ar/complaints/case/{cases[0].reference}/")


def test_the_outcome_is_shown_in_the_words_of_the_kind(client, case, citizen):
    from complaints.models import Case

    Case.objects.filter(pk=case.pk).update(status=Status.ANSWERED, resolution_code="granted")
    client.force_login(citizen)

    facts = page(client.get(f"/en/complaints/case/{case.reference}/")).select_one(".case-facts")

    assert "Granted" in facts.get_text()


def test_a_reply_sent_twice_from_the_same_form_is_added_once(client, case, citizen):
    client.force_login(citizen)
    shown = page(client.get(f"/ar/complaints/case/{case.reference}/"))
    token = shown.select_one("form[action$='/reply/'] input[name=form_token]")["value"]
    data = {"message": "مرفق نسخة الهوية", "form_token": token}

    first = client.post(f"/ar/complaints/case/{case.reference}/reply/", data)
    second = client.post(f"/ar/complaints/case/{case.reference}/reply/", data, follow=True)

    assert case.events.filter(kind="citizen_reply").count() == 1
    assert second.redirect_chain[0][0] == first["Location"]
    assert "أُضيف ردّك إلى المعاملة." in second.text


def test_two_replies_from_two_forms_are_both_added(client, case, citizen):
    client.force_login(citizen)

    for message in ["الرد الأول", "الرد الثاني"]:
        shown = page(client.get(f"/ar/complaints/case/{case.reference}/"))
        token = shown.select_one("input[name=form_token]")["value"]
        client.post(
            f"/ar/complaints/case/{case.reference}/reply/",
            {"message": message, "form_token": token},
        )

    assert case.events.filter(kind="citizen_reply").count() == 2


def test_each_file_is_listed_once_on_the_case_page(client, reference_data, citizen):
    from complaints.cases.uploads import check_file

    case = submit(citizen, files=[check_file(upload("id.pdf", PDF_BYTES))]).case
    client.force_login(citizen)
    client.post(
        f"/ar/complaints/case/{case.reference}/reply/",
        {"message": "وهذه صورة العقد", "attachments": [upload("contract.pdf", PDF_BYTES)]},
    )

    html = page(client.get(f"/ar/complaints/case/{case.reference}/"))
    listed = [a.get_text(strip=True) for a in html.select("a[href*='/files/']")]
    assert sorted(listed) == ["contract.pdf", "id.pdf"]


def test_the_optional_jump_box_is_not_marked_required(client, case, citizen):
    client.force_login(citizen)

    html = page(client.get("/en/complaints/mine/"))

    box = html.select_one("form.toolbar__form[role=search]")
    assert box.select_one("label[for=id_reference]").get_text(strip=True) == "Reference number"
    assert not box.select(".field__required")

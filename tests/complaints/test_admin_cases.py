"""The Cases area of the admin: scoped to the user's agencies, filters, actions, audit."""

import uuid

import pytest
from bs4 import BeautifulSoup
from wagtail.models import ModelLogEntry

from complaints.cases import roles as case_roles
from complaints.cases import workflow
from complaints.cases.models.cases import Status
from complaints.cases.uploads import check_file
from complaints.models import Agency, Case, Category, PendingUpload
from tests.conftest import sign_in_staff

from .conftest import PDF_BYTES, png_bytes, referred_to, submit, upload
from .staff import make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_cases(citizen, other_citizen, intake):
    interior_case = referred_to(
        submit(citizen, files=[check_file(upload("id.pdf", PDF_BYTES))]).case, intake, "MOI-NCA"
    )
    education_case = referred_to(
        submit(other_citizen, agency="MOE", category="SERVICE", kind="complaint").case,
        intake,
        "MOE",
    )
    return interior_case, education_case


def listed(client, query=""):
    page = BeautifulSoup(client.get(f"/admin/cases/{query}").content, "html.parser")
    return {
        a.get_text(strip=True)
        for a in page.select("table a[href*='/admin/cases/']")
        if a.get_text(strip=True)[:2].isdigit()
    }


def test_each_officer_lists_only_their_ministrys_cases(
    client, two_cases, interior_officer, education_officer
):
    interior_case, education_case = two_cases
    sign_in_staff(client, interior_officer.email)
    assert listed(client) == {interior_case.reference}
    sign_in_staff(client, education_officer.email)
    assert listed(client) == {education_case.reference}


def test_intake_moderator_lists_every_case(client, two_cases, intake):
    sign_in_staff(client, intake.email)

    assert listed(client) == {c.reference for c in two_cases}


def test_officer_gets_404_for_the_other_ministrys_case_action_and_attachment(
    client, two_cases, education_officer
):
    interior_case, _ = two_cases
    attachment = interior_case.attachments.get()
    sign_in_staff(client, education_officer.email)

    # (Django's LocaleMiddleware first tries the path under /ar/, which is not found either.)
    assert client.get(f"/admin/cases/{interior_case.pk}/", follow=True).status_code == 404
    assert (
        client.get(
            f"/admin/cases/{interior_case.pk}/files/{attachment.pk}/", follow=True
        ).status_code
        == 404
    )
    response = client.post(
        f"/admin/cases/{interior_case.pk}/action/note/",
        {"version": interior_case.version, "message": "x"},
    )
    assert response.status_code in (302, 404)
    assert not interior_case.events.filter(kind="note").exists()


def test_a_citizen_cannot_reach_the_cases_area(client, two_cases, citizen):
    client.force_login(citizen)

    assert client.get("/admin/cases/").status_code in (302, 403)


def test_filters_status_agency_subtree_overdue_and_attachments(client, two_cases, intake):
    interior_case, education_case = two_cases
    Case.objects.filter(pk=education_case.pk).update(due_date="2020-01-01")
    moi = Agency.objects.get(code="MOI")
    sign_in_staff(client, intake.email)

    assert listed(client, f"?agency={moi.pk}") == {interior_case.reference}
    assert listed(client, "?overdue=true") == {education_case.reference}
    assert listed(client, "?has_attachments=true") == {interior_case.reference}
    assert listed(client, "?overdue=false&has_attachments=false") == set()
    assert listed(client, "?status=referred") == {c.reference for c in two_cases}
    assert listed(client, f"?q={education_case.citizen_phone}") == {education_case.reference}


def test_case_view_shows_only_the_actions_the_status_and_role_allow(
    client, two_cases, interior_officer
):
    interior_case, _ = two_cases
    sign_in_staff(client, interior_officer.email)

    page = BeautifulSoup(client.get(f"/admin/cases/{interior_case.pk}/").content, "html.parser")

    actions = {
        form["action"].rstrip("/").split("/")[-1]
        for form in page.select("form[action*='/action/']")
    }
    assert actions == {"reply", "note", "request_info", "return"}


def test_officer_replies_through_the_admin_and_the_view_is_logged(
    client, two_cases, interior_officer
):
    interior_case, _ = two_cases
    sign_in_staff(client, interior_officer.email)
    client.get(f"/admin/cases/{interior_case.pk}/")

    client.post(
        f"/admin/cases/{interior_case.pk}/action/reply/",
        {"version": interior_case.version, "message": "نعمل على طلبك"},
    )

    interior_case.refresh_from_db()
    assert interior_case.status == Status.IN_PROGRESS
    actions = set(
        ModelLogEntry.objects.filter(object_id=str(interior_case.pk)).values_list(
            "action", flat=True
        )
    )
    assert {"complaints.case_viewed", "complaints.reply"} <= actions


def test_a_stale_form_keeps_the_typed_text_and_says_the_case_changed(
    client, two_cases, interior_officer
):
    interior_case, _ = two_cases
    stale_version = interior_case.version
    workflow.add_internal_note(case=interior_case, actor=interior_officer, message="أولاً")
    sign_in_staff(client, interior_officer.email)

    response = client.post(
        f"/admin/cases/{interior_case.pk}/action/reply/",
        {"version": stale_version, "message": "نص طويل كتبته للتو"},
    )

    assert response.status_code == 409
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("[role=alert]")
    assert "نص طويل كتبته للتو" in page.select_one("form[action$='/reply/'] textarea").get_text()


def test_dashboard_panel_counts_only_the_users_scope(client, two_cases, interior_officer):
    sign_in_staff(client, interior_officer.email)

    panel = (
        BeautifulSoup(client.get("/admin/").content, "html.parser")
        .select_one("#case-queue-heading")
        .find_parent("section")
    )

    assert panel.select("strong")[0].get_text() == "1"


@pytest.mark.parametrize("count", [2, 20])
def test_listing_queries_do_not_grow_with_cases(
    client, reference_data, citizen, intake, count, django_assert_max_num_queries
):
    for _ in range(count):
        submit(citizen)
    sign_in_staff(client, intake.email)
    client.get("/admin/cases/")

    with django_assert_max_num_queries(30):
        client.get("/admin/cases/")


def entry_form(**overrides):
    """What intake staff type for a case received by phone, with a fresh form token."""
    return {
        "channel": "phone",
        "citizen_name": "حسين علي",
        "citizen_phone": "07712223344",
        "kind": "complaint",
        "agency": Agency.objects.get(code="MOE").pk,
        "category": Category.objects.get(code="SERVICE").pk,
        "subject": "سوء الخدمة في مديرية التربية",
        "details": "اتصل المواطن هاتفيًا.",
        "place": "babylon",
        "submission_token": str(uuid.uuid4()),
        **overrides,
    }


def test_intake_enters_a_phoned_in_case_and_the_citizen_gets_reference_and_code_by_sms(
    client, intake, settings, django_capture_on_commit_callbacks
):
    from complaints.messaging import sms

    settings.SMS_BACKEND = "complaints.messaging.sms.LocmemBackend"
    sms.outbox.clear()
    sign_in_staff(client, intake.email)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/cases/new/", entry_form())

    case = Case.objects.get()
    page = BeautifulSoup(response.content, "html.parser")
    code = page.select_one(".entered-code").get_text()
    assert (case.channel, case.citizen, case.citizen_phone) == ("phone", None, "+9647712223344")
    assert page.select_one(".entered-reference").get_text() == case.reference
    assert case.reference in sms.outbox[-1]["message"]
    assert code in sms.outbox[-1]["message"]


def test_a_name_pasted_with_direction_overrides_and_a_line_break_is_stored_clean(client, intake):
    sign_in_staff(client, intake.email)

    client.post("/admin/cases/new/", entry_form(citizen_name="\u202eحسين\u2066 علي\u2069\r\nكاظم"))

    assert Case.objects.get().citizen_name == "حسين علي كاظم"


def test_a_letter_entered_with_its_scans_keeps_them_on_the_case(client, intake):
    sign_in_staff(client, intake.email)

    client.post(
        "/admin/cases/new/",
        entry_form(
            channel="letter",
            attachments=[upload("letter.pdf", PDF_BYTES), upload("receipt.png", png_bytes())],
        ),
    )

    case = Case.objects.get()
    assert sorted(case.attachments.values_list("original_name", flat=True)) == [
        "letter.pdf",
        "receipt.png",
    ]
    assert {a.uploaded_by for a in case.attachments.all()} == {intake}
    page = client.get(f"/admin/cases/{case.pk}/").content.decode()
    assert "letter.pdf" in page
    assert "receipt.png" in page


def test_a_failed_entry_keeps_the_good_scan_and_says_what_is_wrong(client, intake):
    sign_in_staff(client, intake.email)

    response = client.post(
        "/admin/cases/new/",
        entry_form(
            subject="",
            attachments=[upload("letter.pdf", PDF_BYTES), upload("fake.png", b"not a picture")],
        ),
    )

    page = BeautifulSoup(response.content, "html.parser")
    kept = page.select("input[name=kept_uploads]")
    assert response.status_code == 400
    assert Case.objects.count() == 0
    assert [k.find_parent("label").get_text(strip=True)[:10] for k in kept] == ["letter.pdf"]
    assert page.select_one("#id_details").get_text().strip() == "اتصل المواطن هاتفيًا."
    errors = page.get_text()
    assert "fake.png" in errors
    assert "هذا الحقل مطلوب." in errors

    token = page.select_one("input[name=submission_token]")["value"]
    client.post(
        "/admin/cases/new/", entry_form(kept_uploads=[kept[0]["value"]], submission_token=token)
    )

    assert Case.objects.get().attachments.get().original_name == "letter.pdf"
    assert PendingUpload.objects.count() == 0


def test_another_moderators_kept_scan_cannot_be_claimed(client, intake):
    other = make_staff("intake.two@example.com", group=case_roles.INTAKE_MODERATORS)
    sign_in_staff(client, other.email)
    response = client.post(
        "/admin/cases/new/", entry_form(subject="", attachments=[upload("theirs.pdf", PDF_BYTES)])
    )
    token = BeautifulSoup(response.content, "html.parser").select_one("input[name=kept_uploads]")[
        "value"
    ]
    sign_in_staff(client, intake.email)

    client.post("/admin/cases/new/", entry_form(kept_uploads=[token]))

    assert Case.objects.get().attachments.count() == 0
    assert PendingUpload.objects.get().owner == other


def test_entering_the_same_form_twice_makes_one_case_and_says_so(client, intake):
    sign_in_staff(client, intake.email)
    form = entry_form()

    first = client.post("/admin/cases/new/", form)
    again = client.post("/admin/cases/new/", form)

    case = Case.objects.get()
    first_page = BeautifulSoup(first.content, "html.parser")
    again_page = BeautifulSoup(again.content, "html.parser")
    assert first_page.select_one(".entered-code")
    assert again_page.select_one(".entered-reference").get_text() == case.reference
    assert again_page.select_one(".entered-code") is None
    assert "فلم تُنشأ معاملة ثانية" in again_page.get_text()


def test_an_entry_whose_hidden_token_was_lost_still_registers_the_case(client, intake):
    sign_in_staff(client, intake.email)

    response = client.post("/admin/cases/new/", entry_form(submission_token=""))

    case = Case.objects.get()
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one(".entered-reference").get_text() == case.reference


def test_officers_cannot_enter_cases(client, interior_officer):
    sign_in_staff(client, interior_officer.email)

    response = client.get("/admin/cases/new/")

    # Wagtail answers a refused admin page by sending the user back to the dashboard.
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_csv_export_holds_only_the_users_cases(client, two_cases, interior_officer):
    interior_case, education_case = two_cases
    sign_in_staff(client, interior_officer.email)

    response = client.get("/admin/cases/?export=csv")
    content = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else (response.content.decode())
    )

    assert interior_case.reference in content
    assert education_case.reference not in content


def test_site_history_report_is_no_side_door(client, two_cases, intake, education_officer):
    interior_case, _ = two_cases
    sign_in_staff(client, intake.email)
    client.get(f"/admin/cases/{interior_case.pk}/")  # logged: intake viewed it
    sign_in_staff(client, education_officer.email)

    content = client.get("/admin/reports/site-history/").content.decode()

    assert interior_case.reference not in content
    assert interior_case.subject not in content


def test_overdue_cases_are_flagged_in_the_listing(client, two_cases, intake):
    _, education_case = two_cases
    Case.objects.filter(pk=education_case.pk).update(due_date="2020-01-01")
    sign_in_staff(client, intake.email)

    page = BeautifulSoup(client.get("/admin/cases/").content, "html.parser")
    rows = {
        row.find("a").get_text(strip=True): row.get_text(" ", strip=True)
        for row in page.select("tbody tr")
    }

    assert "متأخرة عن موعدها" in rows[education_case.reference]  # the admin speaks Arabic
    assert "متأخرة عن موعدها" not in rows[two_cases[0].reference]


def test_and_the_other_way_round_the_interior_officer_gets_404_for_educations_case(
    client, two_cases, interior_officer, education_officer
):
    from complaints.models import Attachment

    _, education_case = two_cases
    file = check_file(upload("school.pdf", PDF_BYTES))
    attachment = Attachment(
        case=education_case,
        original_name=file.original_name,
        content_type=file.content_type,
        size=file.size,
        sha256=file.sha256,
    )
    attachment.file.save("school.pdf", file.content, save=False)
    attachment.save()
    sign_in_staff(client, interior_officer.email)

    assert client.get(f"/admin/cases/{education_case.pk}/", follow=True).status_code == 404
    assert (
        client.get(
            f"/admin/cases/{education_case.pk}/files/{attachment.pk}/", follow=True
        ).status_code
        == 404
    )
    sign_in_staff(client, education_officer.email)
    assert client.get(f"/admin/cases/{education_case.pk}/files/{attachment.pk}/").status_code == 200


def test_a_refused_action_reads_the_case_once_more_only_to_lock_it(
    client, two_cases, interior_officer
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    interior_case, _ = two_cases
    stale_version = interior_case.version
    workflow.add_internal_note(case=interior_case, actor=interior_officer, message="أولاً")
    sign_in_staff(client, interior_officer.email)

    with CaptureQueriesContext(connection) as queries:
        response = client.post(
            f"/admin/cases/{interior_case.pk}/action/reply/",
            {"version": stale_version, "message": "نص طويل كتبته للتو"},
        )

    reads = [
        q["sql"]
        for q in queries
        if q["sql"].startswith("SELECT") and 'FROM "complaints_case" ' in q["sql"]
    ]
    assert response.status_code == 409
    assert len(reads) == 2  # the page's read, and the workflow's locked read


def test_the_yes_no_filters_speak_arabic_in_their_options_and_chips(client, two_cases, intake):
    sign_in_staff(client, intake.email)

    page = BeautifulSoup(client.get("/admin/cases/?overdue=true").content, "html.parser")

    options = [o.get_text(strip=True) for o in page.select("select[name=overdue] option")]
    assert options == ["الكل", "المتأخرة فقط", "غير المتأخرة"]
    assert "المتأخرة فقط" in page.select_one(".w-active-filters").get_text()
    assert "True" not in page.get_text()

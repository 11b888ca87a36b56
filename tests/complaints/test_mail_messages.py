"""The case mails, to citizens and to staff, speak for the portal in the recipient's language:
its name in the subject, text and HTML parts, the reference and access code left to right
inside Arabic and Kurdish, and links on the configured public address."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from complaints.cases import roles as case_roles
from complaints.cases import workflow
from complaints.messaging import notifications
from complaints.models import Agency, Category, Membership
from tests.factories import StaffFactory
from tests.mail_checks import PUBLIC_URL, check_portal_mail

from .staff import make_staff

pytestmark = pytest.mark.django_db

LANGUAGES = ["ar", "ckb", "en"]


@pytest.fixture(autouse=True)
def _public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC_URL


def submit_in(language, citizen):
    return workflow.submit_case(
        citizen=citizen,
        kind="request",
        category=Category.objects.get(code="CIVIL-ID"),
        agency=Agency.objects.get(code="MOI-NCA"),
        subject="تأخر إصدار البطاقة الوطنية",
        details="قدمت الطلب قبل شهرين ولم أستلم البطاقة.",
        place="baghdad",
        place_country="",
        consent_to_publish=False,
        files=[],
        language=language,
    )


def case_page(case):
    with translation.override(case.language):
        return PUBLIC_URL + reverse("complaints:case_detail", kwargs={"reference": case.reference})


def sent_to(mailoutbox, address):
    return [message for message in mailoutbox if message.to == [address]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_receipt(
    citizen, reference_data, language, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submission = submit_in(language, citizen)

    case = submission.case
    (message,) = mailoutbox
    text, html = check_portal_mail(
        message, language, isolated=[case.reference, submission.access_code]
    )
    assert f"{case_page(case)}\n" in text
    assert html.find("a", href=case_page(case))
    assert "تأخر إصدار البطاقة الوطنية" in html.get_text()  # the citizen's subject, as typed


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_case_update(
    citizen, intake, interior_officer, language, mailoutbox, django_capture_on_commit_callbacks
):
    case = submit_in(language, citizen).case
    workflow.register_case(
        case=case,
        actor=intake,
        kind="request",
        category=case.category,
        agency=Agency.objects.get(code="GSCM"),
        priority="normal",
    )
    workflow.refer_case(case=case, actor=intake, agency=Agency.objects.get(code="MOI"), reason="")
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        workflow.reply_to_citizen(case=case, actor=interior_officer, message="وصلت الوثائق")

    (message,) = sent_to(mailoutbox, citizen.email)
    text, html = check_portal_mail(message, language, isolated=[case.reference])
    assert "وصلت الوثائق" in text
    assert "وصلت الوثائق" in html.get_text()
    assert html.find("a", href=case_page(case))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_referral_reaches_the_officers_in_their_language(
    citizen, intake, language, mailoutbox, django_capture_on_commit_callbacks
):
    officer = StaffFactory(
        email="nca.officer@example.com",
        group=case_roles.AGENCY_OFFICERS,
        agency=Agency.objects.get(code="MOI-NCA"),
        language=language,
    )
    case = submit_in("ar", citizen).case
    workflow.register_case(
        case=case,
        actor=intake,
        kind="request",
        category=case.category,
        agency=Agency.objects.get(code="GSCM"),
        priority="normal",
    )
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        workflow.refer_case(
            case=case, actor=intake, agency=Agency.objects.get(code="MOI-NCA"), reason=""
        )

    (message,) = sent_to(mailoutbox, officer.email)
    text, html = check_portal_mail(message, language, isolated=[case.reference])
    admin_page = f"{PUBLIC_URL}/admin/cases/{case.pk}/"
    assert admin_page in text
    assert html.find("a", href=lambda href: href.startswith(admin_page))


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_overdue_warning_and_a_queue_digest(
    citizen, reference_data, language, mailoutbox, django_capture_on_commit_callbacks
):
    supervisor = make_staff(
        "moi.supervisor@example.com",
        group=case_roles.AGENCY_SUPERVISORS,
        agency_code="MOI-NCA",
        role=Membership.Role.SUPERVISOR,
    )
    profile = UserProfile.get_for_user(supervisor)
    profile.preferred_language = language
    profile.save()
    case = submit_in("ar", citizen).case
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        notifications.overdue_warning(case)
        notifications.queue_digest(supervisor, count=3)

    overdue, digest = sent_to(mailoutbox, supervisor.email)
    check_portal_mail(overdue, language, isolated=[case.reference])
    text, _html = check_portal_mail(digest, language)
    assert f"{PUBLIC_URL}/admin/cases/\n" in text


def test_staff_without_a_chosen_language_read_arabic(
    citizen, reference_data, mailoutbox, django_capture_on_commit_callbacks
):
    supervisor = make_staff("moi.supervisor@example.com", group=case_roles.AGENCY_SUPERVISORS)

    with django_capture_on_commit_callbacks(execute=True):
        notifications.queue_digest(supervisor, count=1)

    check_portal_mail(mailoutbox[0], "ar")

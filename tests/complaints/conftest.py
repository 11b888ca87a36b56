"""Fixtures for the complaints tests: reference data, citizens, cases and real files."""

import io
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from complaints.agencies.seed import load_reference_data
from complaints.cases import roles as case_roles
from complaints.cases import workflow
from complaints.models import Agency, Category, Membership
from tests.factories import CitizenFactory

from .staff import make_staff


@pytest.fixture(autouse=True)
def private_storage(settings, tmp_path):
    """Attachments go to a fresh private folder per test, never under MEDIA_ROOT."""
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private"), "base_url": None},
        },
    }
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "private"


@pytest.fixture
def reference_data(db):
    load_reference_data()


SUBMIT = "/ar/complaints/submit/"


def form_data(**overrides):
    """What a citizen sends on the submission form (the reference data loaded)."""
    data = {
        "agency": Agency.objects.get(code="MOI").pk,
        "kind": "request",
        "category": Category.objects.get(code="CIVIL-ID").pk,
        "subject": "تأخر إصدار البطاقة الوطنية",
        "details": "قدمت طلب البطاقة الوطنية قبل شهرين ولم أستلمها حتى الآن.",
        "place": "baghdad",
        "place_country": "",
        "submission_token": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data


def make_citizen(email, *, name="علي حسن كاظم", phone="+9647701234567", residence="baghdad"):
    return CitizenFactory(email=email, full_name=name, phone=phone, residence=residence)


@pytest.fixture
def intake(reference_data):
    return make_staff("intake@example.com", group=case_roles.INTAKE_MODERATORS)


@pytest.fixture
def interior_officer(reference_data):
    return make_staff(
        "moi.officer@example.com", group=case_roles.AGENCY_OFFICERS, agency_code="MOI"
    )


@pytest.fixture
def interior_supervisor(reference_data):
    return make_staff(
        "moi.supervisor@example.com",
        group=case_roles.AGENCY_SUPERVISORS,
        agency_code="MOI",
        role=Membership.Role.SUPERVISOR,
    )


@pytest.fixture
def education_officer(reference_data):
    return make_staff(
        "moe.officer@example.com", group=case_roles.AGENCY_OFFICERS, agency_code="MOE"
    )


@pytest.fixture
def citizen(db):
    return make_citizen("citizen.one@example.com")


@pytest.fixture
def other_citizen(db):
    return make_citizen("citizen.two@example.com", name="زينب عباس", phone="+9647809876543")


def submit(
    citizen,
    *,
    agency="MOI-NCA",
    category="CIVIL-ID",
    kind="request",
    files=(),
    subject="تأخر إصدار البطاقة الوطنية",
    token=None,
):
    return workflow.submit_case(
        citizen=citizen,
        kind=kind,
        category=Category.objects.get(code=category),
        agency=Agency.objects.get(code=agency),
        subject=subject,
        details="قدمت الطلب قبل شهرين ولم أستلم البطاقة.",
        place="baghdad",
        place_country="",
        consent_to_publish=False,
        files=list(files),
        submission_token=token,
    )


def referred_to(case, intake, code):
    """``case`` registered by intake and referred to the agency of ``code``."""
    workflow.register_case(
        case=case,
        actor=intake,
        kind=case.kind,
        category=case.category,
        agency=Agency.objects.get(code="GSCM"),
        priority="normal",
    )
    return workflow.refer_case(
        case=case, actor=intake, agency=Agency.objects.get(code=code), reason=""
    )


@pytest.fixture
def case(reference_data, citizen):
    return submit(citizen).case


def png_bytes(size=(40, 30), colour=(0, 120, 60)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 10, 10)).save(buffer, "JPEG")
    return buffer.getvalue()


PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)

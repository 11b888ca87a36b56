"""The case file as a PDF (WeasyPrint), in the case's language, Arabic and Kurdish shaped and
right to left. Asked for with ``request_case_file``; built only by the task
``complaints.cases.tasks.build_case_file``: it takes seconds."""

import datetime
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from complaints.cases.models import Attachment, CaseEvent, CaseFile
from complaints.cases.tasks import build_case_file

# Vazirmatn (OFL, from the npm package @expo-google-fonts/vazirmatn 0.4.1): full TrueType
# files with Arabic and Sorani letters drawn whole. The site's Noto Sans Arabic builds letters
# from a dotless base and dots, which prints well but makes the PDF's text come out with
# wrong letters when copied or searched. One family per file: WeasyPrint mixes up several.
FONTS = Path(__file__).resolve().parent / "case_file_fonts"
FONT_CSS = "".join(
    f"@font-face {{ font-family: '{family}'; src: url('{(FONTS / name).as_uri()}'); }}\n"
    for family, name in [
        ("Case File", "Vazirmatn_400Regular.ttf"),
        ("Case File Bold", "Vazirmatn_700Bold.ttf"),
    ]
)


def render_case_file(case, audience):
    from weasyprint import HTML  # imported here: it loads Pango, which only the worker needs

    for_staff = audience == CaseFile.Audience.STAFF
    events = CaseEvent.objects.filter(case=case).select_related("from_agency", "to_agency")
    attachments = Attachment.objects.filter(case=case)
    if not for_staff:
        events = events.filter(is_public=True)
        attachments = attachments.filter(is_public=True)
    with translation.override(case.language or settings.LANGUAGE_CODE):
        html = render_to_string(
            "complaints/case_file.html",
            {
                "case": case,
                "events": events.order_by("created_at", "pk"),
                "attachments": attachments.order_by("uploaded_at"),
                "for_staff": for_staff,
                "font_css": FONT_CSS,
                "bidi": translation.get_language_bidi(),
                "language": translation.get_language(),
            },
        )
    return HTML(string=html, base_url=str(FONTS)).write_pdf()


def request_case_file(*, case, user, audience):
    """Ask for a case file; the task builds it once the request's transaction commits.

    A request while one is still being built returns that one: a double click or a reload
    of the form must not queue a PDF build each (the worker's time is shared)."""
    pending = CaseFile.objects.filter(
        case=case,
        audience=audience,
        ready_at__isnull=True,
        requested_at__gte=timezone.now() - datetime.timedelta(minutes=10),
    ).first()
    if pending is not None:
        return pending
    case_file = CaseFile.objects.create(case=case, requested_by=user, audience=audience)
    transaction.on_commit(lambda: build_case_file.enqueue(case_file_id=case_file.pk))
    return case_file

"""The case file and the receipt as PDFs (WeasyPrint), in the case's language, Arabic and
Kurdish shaped and right to left. Asked for with ``request_case_file`` (the receipt with
``receipt_for``); built only by the task ``complaints.cases.tasks.build_case_file``: it takes
seconds."""

import datetime
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from citizens_site.core.printing import FONT_CSS, html_to_pdf
from complaints.cases.models import Attachment, CaseEvent, CaseFile
from complaints.cases.tasks import build_case_file


def render_case_file(case, audience):
    if audience == CaseFile.Audience.RECEIPT:
        return render_receipt(case)
    for_staff = audience == CaseFile.Audience.STAFF
    events = CaseEvent.objects.filter(case=case).select_related("from_agency", "to_agency")
    attachments = Attachment.objects.filter(case=case)
    if not for_staff:
        events = events.filter(is_public=True)
        attachments = attachments.filter(is_public=True)
    return _pdf(
        "complaints/case_file.html",
        case,
        {
            "events": events.order_by("created_at", "pk"),
            "attachments": attachments.order_by("uploaded_at"),
            "for_staff": for_staff,
        },
    )


def render_receipt(case):
    """What the receipt page shows, under the portal's mark, but the access code: the PDF is
    kept, and access codes are never stored in clear."""
    return _pdf("complaints/receipt_pdf.html", case, {"mark": Path(finders.find("img/mark.svg"))})


def _pdf(template, case, context):
    with translation.override(case.language or settings.LANGUAGE_CODE):
        html = render_to_string(
            template,
            {
                "case": case,
                "font_css": FONT_CSS,
                "bidi": translation.get_language_bidi(),
                "language": translation.get_language(),
                **context,
            },
        )
    return html_to_pdf(html)


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


def receipt_for(*, case, user):
    """The case's receipt as a PDF: the one built since the case last changed (staff may have
    moved it to another body or category), or a new one asked for. Ready or not: the task
    builds it once the request's transaction commits."""
    latest = (
        CaseFile.objects.filter(
            case=case, audience=CaseFile.Audience.RECEIPT, ready_at__isnull=False
        )
        .order_by("-requested_at")
        .first()
    )
    if (
        latest is not None
        and not CaseEvent.objects.filter(case=case, created_at__gt=latest.requested_at).exists()
    ):
        return latest
    return request_case_file(case=case, user=user, audience=CaseFile.Audience.RECEIPT)

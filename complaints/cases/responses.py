"""Private files sent to the one who may see them: attachments and case files, as downloads
that no cache keeps and no browser sniffs. The caller has checked the right to see the case."""

from django.http import FileResponse

from complaints.cases.models import Attachment, CaseFile


def case_file_response(case_file: CaseFile) -> FileResponse:
    response = FileResponse(
        case_file.file.open("rb"),
        as_attachment=True,
        filename=case_file.download_name,
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


def attachment_response(attachment: Attachment) -> FileResponse:
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response

"""Tasks of the case room (run by the task worker, never in a request)."""

from django.core.files.base import ContentFile
from django.utils import timezone
from django_tasks import task

from complaints.cases.models import CaseFile


@task()
def build_case_file(*, case_file_id: int) -> None:
    """Render a requested case file to PDF and store it (seconds of work: never in a request)."""
    from complaints.cases.case_file import render_case_file

    case_file = CaseFile.objects.select_related("case__category", "case__agency").get(
        pk=case_file_id
    )
    pdf = render_case_file(case_file.case, case_file.audience)
    case_file.file.save(case_file.download_name, ContentFile(pdf), save=False)
    case_file.ready_at = timezone.now()
    case_file.save(update_fields=["file", "ready_at"])

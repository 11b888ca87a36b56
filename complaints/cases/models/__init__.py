"""The case and what hangs on it: timeline, attachments, kept uploads, case files, public
answers."""

from complaints.cases.models.case_files import CaseFile
from complaints.cases.models.cases import Attachment, Case, CaseEvent, ReferenceSequence
from complaints.cases.models.public_answers import PublicAnswer
from complaints.cases.models.uploads import PendingUpload

__all__ = [
    "Attachment",
    "Case",
    "CaseEvent",
    "CaseFile",
    "PendingUpload",
    "PublicAnswer",
    "ReferenceSequence",
]

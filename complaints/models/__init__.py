"""Complaints domain models: reference data (agencies, categories), cases and their timeline."""

from .case_files import CaseFile
from .cases import Attachment, Case, CaseEvent, ReferenceSequence
from .follow_up import PendingUpload, PhoneVerification
from .indicators import IndicatorCount, IndicatorDuration, IndicatorRefresh
from .public_answers import PublicAnswer
from .reference import Agency, Category, Membership, PublicHoliday

__all__ = [
    "Agency",
    "Attachment",
    "Case",
    "CaseEvent",
    "CaseFile",
    "Category",
    "IndicatorCount",
    "IndicatorDuration",
    "IndicatorRefresh",
    "Membership",
    "PendingUpload",
    "PhoneVerification",
    "PublicAnswer",
    "PublicHoliday",
    "ReferenceSequence",
]

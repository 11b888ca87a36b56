"""Every model of the complaints app, for Django's app registry and for the other apps.

Each model lives in the room that owns it (agencies, cases, citizen, indicators, messaging);
this module imports them all so that Django registers them when the app loads, and is the one
place the rest of the project imports complaints' models from.
"""

from complaints.agencies.models import Agency, Category, Membership, PublicHoliday
from complaints.cases.models import (
    Attachment,
    Case,
    CaseEvent,
    CaseFile,
    PendingUpload,
    PublicAnswer,
    ReferenceSequence,
)
from complaints.citizen.models import PhoneVerification
from complaints.indicators.models import IndicatorCount, IndicatorDuration, IndicatorRefresh
from complaints.messaging.models import PendingNotice

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
    "PendingNotice",
    "PendingUpload",
    "PhoneVerification",
    "PublicAnswer",
    "PublicHoliday",
    "ReferenceSequence",
]

"""Reads: which cases, events and files a person may see. Every view goes through these,
so the right to see a case is decided in one place."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db.models import QuerySet
from django.http import Http404

from complaints.cases.models import Attachment, Case, CaseEvent, CaseFile
from complaints.cases.models.cases import Channel

if TYPE_CHECKING:
    from citizens_site.core.models import User


def cases_of_citizen(user: User) -> QuerySet[Case]:
    return Case.objects.filter(citizen=user).select_related("agency", "category")


def cases_submitted_since(user: User, since: datetime.datetime) -> int:
    """How many cases the citizen filed themselves since ``since`` (not those staff entered)."""
    return Case.objects.filter(citizen=user, channel=Channel.WEB, submitted_at__gte=since).count()


def case_of_citizen(user: User, reference: str) -> Case:
    """The citizen's own case, or 404 (also for another citizen's: the same answer)."""
    case = cases_of_citizen(user).filter(reference=reference).first()
    if case is None:
        raise Http404
    return case


def public_timeline(case: Case) -> QuerySet[CaseEvent]:
    """What the citizen sees: status changes and replies, never internal notes."""
    return (
        CaseEvent.objects.filter(case=case, is_public=True)
        .select_related("to_agency")
        .prefetch_related("attachments")
        .order_by("created_at", "pk")
    )


def public_attachments(case: Case) -> QuerySet[Attachment]:
    return Attachment.objects.filter(case=case, is_public=True)


def files_outside_timeline(case: Case) -> QuerySet[Attachment]:
    """The public files that no public timeline entry lists (the timeline shows each file
    with the message it came with; a file is listed once on the case page)."""
    return public_attachments(case).exclude(event__is_public=True).order_by("pk")


def cases_for_phone(phone: str) -> QuerySet[Case]:
    """Status only: reference, kind, agency, status, dates; no personal data."""
    return (
        Case.objects.filter(citizen_phone=phone)
        .select_related("agency")
        .only(
            "reference",
            "kind",
            "status",
            "submitted_at",
            "due_date",
            "agency__name_ar",
            "agency__name_ckb",
            "agency__name_en",
        )
        .order_by("-submitted_at")
    )


def latest_case_file(case: Case, audience: str) -> CaseFile | None:
    """The case file last asked for, for staff or for the citizen (None if never)."""
    return CaseFile.objects.filter(case=case, audience=audience).order_by("-requested_at").first()

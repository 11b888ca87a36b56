"""Likely duplicates of a new case, for the intake moderator registering it: the same
citizen, or the same agency and category with similar wording (Arabic-normalised), recently."""

import datetime

from django.db.models import Q

from citizens_site.core.text import words
from complaints.cases.models import Case

WINDOW = datetime.timedelta(weeks=6)
MIN_SIMILARITY = 0.35


def similarity(a, b):
    first, second = words(a), words(b)
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def likely_duplicates(case, limit=5):
    same_citizen = Q(citizen_phone=case.citizen_phone) if case.citizen_phone else Q(pk=None)
    if case.citizen_id:
        same_citizen |= Q(citizen_id=case.citizen_id)
    candidates = (
        Case.objects.filter(submitted_at__gte=case.submitted_at - WINDOW)
        .filter(same_citizen | Q(agency=case.agency, category=case.category))
        .exclude(pk=case.pk)
        .exclude(status__in=["rejected", "withdrawn"])
        .only(
            "pk",
            "reference",
            "subject",
            "details",
            "citizen_id",
            "citizen_phone",
            "status",
            "submitted_at",
        )[:200]
    )
    text = f"{case.subject} {case.details}"
    scored = []
    for other in candidates:
        score = similarity(text, f"{other.subject} {other.details}")
        related = (case.citizen_id and other.citizen_id == case.citizen_id) or (
            case.citizen_phone and other.citizen_phone == case.citizen_phone
        )
        if score >= MIN_SIMILARITY or (related and score > 0):
            scored.append((score, other))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return [other for _score, other in scored[:limit]]

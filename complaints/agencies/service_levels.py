"""Service levels in working days: the Iraqi week runs Sunday to Thursday, and public
holidays (kept in the admin) do not count."""

import datetime
from collections.abc import Container

from complaints.agencies.models import Agency, Category, PublicHoliday

WEEKEND = {4, 5}  # Friday and Saturday (Monday is 0)


def add_working_days(
    start: datetime.date, days: int, holidays: Container[datetime.date] | None = None
) -> datetime.date:
    """The date ``days`` working days after ``start`` (a date)."""
    if holidays is None:
        holidays = set(
            PublicHoliday.objects.filter(
                date__gt=start, date__lte=start + datetime.timedelta(days=days * 3 + 14)
            ).values_list("date", flat=True)
        )
    current, remaining = start, days
    while remaining > 0:
        current += datetime.timedelta(days=1)
        if current.weekday() not in WEEKEND and current not in holidays:
            remaining -= 1
    return current


def service_days(category: Category, agency: Agency) -> int:
    return category.service_days or agency.service_days


def due_date(*, category: Category, agency: Agency, submitted_on: datetime.date) -> datetime.date:
    return add_working_days(submitted_on, service_days(category, agency))

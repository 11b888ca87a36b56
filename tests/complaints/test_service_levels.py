"""Due dates count Iraqi working days: Sunday to Thursday, without public holidays."""

import datetime

import pytest

from complaints.agencies.service_levels import add_working_days
from complaints.models import PublicHoliday


@pytest.mark.django_db
def test_friday_and_saturday_do_not_count():
    thursday = datetime.date(2026, 11, 26)

    assert add_working_days(thursday, 1) == datetime.date(2026, 11, 29)  # Sunday


@pytest.mark.django_db
def test_public_holidays_do_not_count():
    PublicHoliday.objects.create(date=datetime.date(2026, 11, 29), name="عطلة")
    thursday = datetime.date(2026, 11, 26)

    assert add_working_days(thursday, 1) == datetime.date(2026, 11, 30)


@pytest.mark.django_db
def test_ten_working_days_span_two_weekends():
    sunday = datetime.date(2026, 11, 22)

    assert add_working_days(sunday, 10) == datetime.date(2026, 12, 6)

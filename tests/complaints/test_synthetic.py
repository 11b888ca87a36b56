"""The synthetic cases behind the benchmark look like a year of a real service, and the
generator refuses to write them where DEBUG is off."""

import datetime

import pytest
from django.db.models import F
from django.utils import timezone

from complaints.cases.models.cases import OPEN_STATUSES
from complaints.models import Case, CaseEvent
from tests.benchmarks.synthetic import generate_cases, main

pytestmark = pytest.mark.django_db


def test_synthetic_cases_are_spread_and_consistent(reference_data):
    generate_cases(600, seed=1)
    cases = Case.objects.all()
    old = cases.filter(submitted_at__lt=timezone.now() - datetime.timedelta(days=60))

    assert cases.count() == 600
    assert CaseEvent.objects.filter(kind="submitted").count() == 600
    for column in ("agency", "kind", "channel", "place", "category"):
        assert cases.values(column).distinct().count() > 2
    assert not cases.filter(answered_at__lt=F("submitted_at")).exists()
    assert not cases.filter(registered_at__gt=timezone.now()).exists()
    assert old.filter(status__in=OPEN_STATUSES).count() < old.count() * 0.1


def test_command_refuses_without_debug(reference_data, settings):
    settings.DEBUG = False

    with pytest.raises(SystemExit):
        main(["10"])
    assert not Case.objects.exists()


def test_up_to_fills_what_the_demo_lacks_and_no_more(reference_data, settings):
    settings.DEBUG = True

    main(["120", "--up-to"])
    main(["120", "--up-to"])  # make run a second time adds nothing

    assert Case.objects.count() == 120
    assert Case.objects.values("reference").distinct().count() == 120
    assert Case.objects.exclude(subject="").values("subject").distinct().count() > 3

"""Indicators on a hand-built set of cases: every figure can be counted by hand below."""

import datetime

import pytest
import time_machine

from complaints.indicators.figures import agency_figures, agency_medians
from complaints.indicators.store import refresh
from complaints.models import Agency, Case, CaseEvent

from .indicator_cases import TODAY, at, case, event

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clock():
    """Every figure below is judged on TODAY at noon (Baghdad): "overdue" reads the clock."""
    with time_machine.travel(at(TODAY, 12), tick=False) as traveller:
        yield traveller


@pytest.fixture
def cases(reference_data):
    # The nationality directorate (MOI-NCA, under the Ministry of Interior):
    answered_in_time = case("MOI-NCA", status="answered", answered_after=5, rating=4)
    case("MOI-NCA", status="answered", answered_after=15, rating=2)  # late answer
    case("MOI-NCA", status="closed", answered_after=10, rating=5)  # on the due date
    case("MOI-NCA", status="in_progress", due_in=40)  # open, not yet due
    case("MOI-NCA", status="in_progress", due_in=5)  # open and overdue
    case("MOI-NCA", status="submitted", registered=False)  # unregistered, overdue
    for item in Case.objects.filter(agency__code="MOI-NCA"):
        event(item, CaseEvent.Kind.REFERRED, to_agency="MOI-NCA")
    event(answered_in_time, CaseEvent.Kind.GRIEVANCE, from_agency="MOI-NCA", to_agency="MOI")
    # The passports directorate returned one case it was sent, which is now with intake:
    returned = case("GSCM", status="registered")
    event(returned, CaseEvent.Kind.REFERRED, to_agency="MOI-PASS")
    event(returned, CaseEvent.Kind.RETURNED, from_agency="MOI-PASS", to_agency="GSCM")
    # An old case, outside the period measured below:
    case(
        "MOI-NCA", submitted=TODAY - datetime.timedelta(days=400), status="closed", answered_after=3
    )
    refresh()


def figures(code, **options):
    options.setdefault("minimum", 0)
    options.setdefault("since", TODAY - datetime.timedelta(days=90))
    options.setdefault("until", TODAY)
    result = agency_figures(**options)
    return result[Agency.objects.get(code=code).pk]


def test_directorate_counts(cases):
    nca = figures("MOI-NCA")

    assert (nca.received, nca.registered, nca.open, nca.overdue) == (6, 5, 3, 2)
    assert (nca.answered, nca.answered_in_time) == (3, 2)
    assert (nca.rated, nca.rating_total) == (3, 11)
    assert (nca.referred_in, nca.contested, nca.returned) == (6, 1, 0)


def test_open_and_overdue_are_judged_now_even_for_a_period_that_ended(reference_data, clock):
    """A period's "open" and "overdue" say how its cases stand at the last refresh, not at
    the period's end (the module docstring of complaints.indicators.figures)."""
    spring = TODAY - datetime.timedelta(days=200)
    case("MOI-NCA", submitted=spring, due_in=195, status="in_progress")  # due 5 days ago
    case("MOI-NCA", submitted=spring, due_in=201, status="in_progress")  # due tomorrow
    refresh()

    def spring_figures():
        return figures(
            "MOI-NCA",
            since=spring - datetime.timedelta(days=10),
            until=spring + datetime.timedelta(days=10),
        )

    # Both were on time when spring ended; today one of them is late.
    assert (spring_figures().open, spring_figures().overdue) == (2, 1)

    clock.shift(datetime.timedelta(days=2))  # the other one falls due
    refresh()
    assert (spring_figures().open, spring_figures().overdue) == (2, 2)


def test_directorate_rates(cases):
    nca = figures("MOI-NCA")

    assert nca.answered_in_time_share == 66.7  # 2 of 3 answers by the due date
    assert nca.grievance_rate == 33.3  # 1 of 3 answers contested
    assert nca.reopen_rate == 0
    assert nca.satisfaction == 3.67  # (4 + 2 + 5) / 3


def test_misrouting_counts_against_the_agency_that_returned_the_case(cases):
    passports = figures("MOI-PASS")

    assert (passports.received, passports.referred_in, passports.returned) == (0, 1, 1)
    assert passports.misrouting_rate == 100.0
    assert figures("GSCM").received == 1


def test_ministry_rolls_up_its_directorates(cases):
    ministry = figures("MOI")

    assert ministry.received == 6
    assert ministry.referred_in == 7
    assert ministry.returned == 1
    assert ministry.misrouting_rate == 14.3  # 1 of 7 referrals returned


def test_small_counts_show_no_rate(cases):
    nca = figures("MOI-NCA", minimum=7)

    assert nca.received == 6
    assert nca.suppressed
    assert nca.answered_in_time_share is None
    assert nca.satisfaction is None


def test_a_period_counts_cases_submitted_in_it(cases):
    everything = agency_figures(minimum=0)[Agency.objects.get(code="MOI-NCA").pk]

    assert everything.received == 7
    assert everything.answered == 4


def test_agencies_without_cases_are_zero(cases):
    health = figures("MOH")

    assert health.received == 0
    assert health.answered_in_time_share is None


def test_median_days_per_subtree(reference_data):
    # Interior (NCA and passports): answers after 2, 4, 10 and 30 days -> median 7.
    for code, days in [("MOI-NCA", 2), ("MOI-NCA", 30), ("MOI-PASS", 4), ("MOI-PASS", 10)]:
        case(code, status="answered", answered_after=days)
    # Education: 5 days, one case.
    case("MOE", status="answered", answered_after=5)
    case("MOE", status="in_progress")  # not answered: not counted
    refresh()
    agencies = {code: Agency.objects.get(code=code) for code in ("MOI", "MOE", "MOI-NCA")}

    medians = agency_medians(agencies.values(), None, None)

    assert medians[agencies["MOI"].pk]["to_answer"] == 7.0
    assert medians[agencies["MOE"].pk]["to_answer"] == 5.0
    assert medians[agencies["MOI-NCA"].pk]["to_answer"] == 16.0
    assert medians[agencies["MOI"].pk]["to_registration"] == 0.0  # registered when submitted
    assert medians[agencies["MOI"].pk]["to_first_reply"] is None  # no reply recorded


def test_durations_under_two_days_keep_their_hours(reference_data):
    # Registered after 3, 5 and 30 hours -> median 5 hours, 0.2 days.
    for hours in (3, 5, 30):
        item = case("MOE", registered=False)
        Case.objects.filter(pk=item.pk).update(
            registered_at=item.submitted_at + datetime.timedelta(hours=hours)
        )
    refresh()
    education = Agency.objects.get(code="MOE")

    assert agency_medians([education], None, None)[education.pk]["to_registration"] == 0.2

"""How the indicators answer as cases grow: the public transparency figures (computed afresh,
as on a cache miss), the admin's indicators view for the intake moderator over its default 90
days and over twelve months, and the summary's refreshes that make them fast.

Run on demand: `DATABASE_URL=postgres://… make benchmark` with BENCH_LARGE_INDICATOR_CASES
set to 1000000 for the target (the default, 100000, keeps a local run short). Each figure is
reported as a ratio against the same measurement at BASE cases in the same run, and at a
million cases on PostgreSQL every dashboard must answer in under TARGET_SECONDS. Refreshes run
from cron, so their times are reported, not bounded.
"""

import datetime
import os
import random
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from complaints.agencies.seed import load_reference_data
from complaints.cases import roles as case_roles
from complaints.indicators.store import refresh
from complaints.indicators.transparency import published_figures
from complaints.models import Case, CaseEvent
from tests.benchmarks.synthetic import generate_cases
from tests.complaints.staff import make_staff
from tests.conftest import sign_in_staff

pytestmark = pytest.mark.django_db(transaction=True)

BASE = int(os.environ.get("BENCH_BASE_INDICATOR_CASES", "10000"))
LARGE = int(os.environ.get("BENCH_LARGE_INDICATOR_CASES", "100000"))
TARGET_SECONDS = 1.0
URL = "/admin/cases/indicators/"


def timed(action, repeats=3):
    best = float("inf")
    for _ in range(repeats):
        cache.clear()
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def ten_minutes_of_work(total, seed):
    """Events on recent cases, as staff and citizens write them in ten minutes at this
    volume (one case in two thousand touched)."""
    rng = random.Random(seed)  # reproducible test data
    recent = list(
        Case.objects.filter(
            submitted_at__gte=timezone.now() - datetime.timedelta(days=60)
        ).values_list("pk", flat=True)[:100_000]
    )
    now = timezone.now()
    CaseEvent.objects.bulk_create(
        [
            CaseEvent(case_id=rng.choice(recent), kind=CaseEvent.Kind.NOTE, created_at=now)
            for _ in range(max(total // 2000, 1))
        ]
    )


def test_indicators_answer_fast_as_cases_grow(client):
    load_reference_data()
    intake = make_staff("bench.intake@example.com", group=case_roles.INTAKE_MODERATORS)
    sign_in_staff(client, intake.email)
    today = timezone.localdate()
    year = {"since": (today - datetime.timedelta(days=364)).isoformat(), "until": today.isoformat()}

    def measure(size, seed):
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("ANALYZE")
        figures = {"full refresh (nightly)": timed(lambda: refresh(full=True), repeats=1)}
        ten_minutes_of_work(size, seed)
        figures["refresh after ten minutes of work"] = timed(refresh, repeats=1)
        figures["transparency figures"] = timed(lambda: published_figures("365", refresh=True))
        figures["admin indicators, 90 days"] = timed(lambda: client.get(URL))
        figures["admin indicators, 12 months"] = timed(lambda: client.get(URL, year))
        return figures

    generate_cases(BASE, seed=1)
    base = measure(BASE, seed=1)
    generate_cases(LARGE - BASE, seed=2)
    large = measure(LARGE, seed=2)

    assert client.get(URL).context["rows"][0]["figures"].received > 0
    for name in base:
        print(
            f"{name}: {base[name]:.3f} s at {BASE} cases, {large[name]:.3f} s at {LARGE}, "
            f"ratio {large[name] / base[name]:.2f}"
        )
    if connection.vendor == "postgresql" and LARGE >= 1_000_000:
        dashboards = [name for name in large if "refresh" not in name]
        assert max(large[name] for name in dashboards) < TARGET_SECONDS

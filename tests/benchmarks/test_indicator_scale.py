"""How the indicators answer as cases grow: the public transparency figures (computed afresh,
as on a cache miss) and the admin's indicators view for the intake moderator.

Run on demand: `DATABASE_URL=postgres://… make benchmark` with BENCH_LARGE_INDICATOR_CASES
set to 1000000 for the target (the default, 100000, keeps a local run short). Each figure is
reported as a ratio against the same measurement at BASE cases in the same run, and the
large run must answer in under TARGET_SECONDS on PostgreSQL.
"""

import os
import time

import pytest
from django.core.cache import cache
from django.db import connection

from citizens_site.core import roles
from complaints.reference_seed import load_reference_data
from complaints.synthetic import generate_cases
from complaints.transparency import published_figures
from tests.complaints.staff import make_staff
from tests.conftest import sign_in_staff

pytestmark = pytest.mark.django_db(transaction=True)

BASE = int(os.environ.get("BENCH_BASE_INDICATOR_CASES", 10_000))
LARGE = int(os.environ.get("BENCH_LARGE_INDICATOR_CASES", 100_000))
TARGET_SECONDS = 1.0


def timed(action, repeats=3):
    best = float("inf")
    for _ in range(repeats):
        cache.clear()
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def test_indicators_answer_fast_as_cases_grow(client):
    load_reference_data()
    intake = make_staff("bench.intake@example.com", group=roles.INTAKE_MODERATORS)
    sign_in_staff(client, intake.email)

    def measure():
        return {
            "transparency figures": timed(lambda: published_figures("365")),
            "admin indicators": timed(lambda: client.get("/admin/cases/indicators/")),
        }

    generate_cases(BASE, seed=1)
    base = measure()
    generate_cases(LARGE - BASE, seed=2)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
    large = measure()

    for name in base:
        print(f"{name}: {base[name]:.3f} s at {BASE}, {large[name]:.3f} s at {LARGE}, "
              f"ratio {large[name] / base[name]:.2f}")
    if connection.vendor == "postgresql" and LARGE >= 1_000_000:
        assert max(large.values()) < TARGET_SECONDS

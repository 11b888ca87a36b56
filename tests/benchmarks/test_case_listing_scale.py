"""How the staff's case listing and the citizen's "my requests" scale with the number of cases.

Run on demand: `make benchmark` (SQLite) or with DATABASE_URL pointing at PostgreSQL, where
it matters. Each figure is a ratio against a baseline measured in the same run: the same
request with BASE cases, then with LARGE cases. A listing that reads only one page through
indexes stays near 1; one that scans or loops grows with the data.
"""

import datetime
import os
import random
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from complaints.agencies.seed import load_reference_data
from complaints.cases import roles as case_roles
from complaints.models import Agency, Case, Category
from tests.complaints.conftest import make_citizen
from tests.complaints.staff import make_staff
from tests.conftest import sign_in_staff

pytestmark = pytest.mark.django_db

BASE = int(os.environ.get("BENCH_BASE_CASES", "1000"))
LARGE = int(os.environ.get("BENCH_LARGE_CASES", "50000"))
MAX_RATIO = 4.0  # LARGE is 50x BASE; a page read through indexes must not be 4x slower


def synthetic_cases(count, *, start, citizen):
    """Cases written straight to the table (the workflow is not what is measured here)."""
    agencies = list(Agency.objects.all())
    categories = list(Category.objects.all())
    statuses = ["submitted", "registered", "referred", "in_progress", "answered", "closed"]
    rng = random.Random(count)
    now = timezone.now()
    batch = []
    for number in range(start, start + count):
        submitted = now - datetime.timedelta(days=number % 90, minutes=number)
        batch.append(
            Case(
                reference=f"90-{number:07d}-0",
                kind="complaint",
                category=rng.choice(categories),
                agency=rng.choice(agencies),
                citizen=citizen if number % 500 == 0 else None,
                citizen_name="x",
                citizen_phone=f"+96477{number:08d}"[:14],
                subject=f"موضوع {number}",
                details="تفاصيل",
                place="baghdad",
                status=rng.choice(statuses),
                submitted_at=submitted,
                due_date=submitted.date() + datetime.timedelta(days=20),
                access_code_hash="x",
            )
        )
        if len(batch) == 5_000:
            Case.objects.bulk_create(batch)
            batch = []
    Case.objects.bulk_create(batch)


def timed(client, url, repeats=5):
    client.get(url)
    best = float("inf")
    for _ in range(repeats):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            best = min(best, time.perf_counter() - started)
        assert response.status_code == 200
    return best, len(queries)


def test_listings_stay_flat_as_cases_grow(client):
    load_reference_data()
    citizen = make_citizen("bench@example.com")
    intake = make_staff("bench.intake@example.com", group=case_roles.INTAKE_MODERATORS)
    officer = make_staff(
        "bench.moi@example.com", group=case_roles.AGENCY_OFFICERS, agency_code="MOI"
    )
    moi = Agency.objects.get(code="MOI")
    urls = {
        "intake, all cases": (intake, "/admin/cases/"),
        "intake, filtered": (intake, f"/admin/cases/?status=referred&agency={moi.pk}"),
        "intake, overdue": (intake, "/admin/cases/?overdue=true"),
        "officer, own subtree": (officer, "/admin/cases/"),
        # Searches that match one case whatever the size: a reference, a phone number's
        # last digits, a word of a subject (search reads reference, subject, name and phone).
        "intake, search ref.": (intake, "/admin/cases/?q=90-0000777"),
        "intake, search phone": (intake, "/admin/cases/?q=00000778"),
        "intake, search subject": (intake, "/admin/cases/?q=موضوع 779"),
        "citizen, my requests": (citizen, "/ar/complaints/mine/"),
    }

    def measure():
        results = {}
        for name, (user, url) in urls.items():
            if user is citizen:
                client.force_login(citizen)
            else:
                sign_in_staff(client, user.email)
            results[name] = timed(client, url)
        return results

    synthetic_cases(BASE, start=0, citizen=citizen)
    baseline = measure()
    synthetic_cases(LARGE - BASE, start=BASE, citizen=citizen)
    large = measure()

    print(f"\n{connection.vendor}: {BASE} -> {LARGE} cases")
    for name in urls:
        ratio = large[name][0] / baseline[name][0]
        print(
            f"  {name:22} {baseline[name][0]:.3f} s -> {large[name][0]:.3f} s, ratio {ratio:5.2f}"
            f"  queries {baseline[name][1]} -> {large[name][1]}"
        )
        assert large[name][1] == baseline[name][1], name
        assert ratio < MAX_RATIO, name

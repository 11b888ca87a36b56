"""Load without loss (tests/benchmarks/load/): 50 citizens submit cases with files to gunicorn
on a fresh PostgreSQL database, then every receipt is held against what was stored.

`make benchmark` runs it for BENCH_LOAD_SECONDS (150 by default; 20 for a smoke run). It needs
PostgreSQL at LOAD_POSTGRES_URL and Redis at LOAD_REDIS_URL (see load/run.py), and is skipped
when PostgreSQL does not answer.
"""

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tests.benchmarks.load.run import admin_url

ROOT = Path(__file__).resolve().parents[2]


def test_no_submission_is_lost_under_load():
    try:
        psycopg.connect(admin_url(), connect_timeout=3).close()
    except psycopg.OperationalError as error:
        pytest.skip(f"no PostgreSQL for the load run: {error}")
    seconds = os.environ.get("BENCH_LOAD_SECONDS", "150")
    run = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.load.run", "--seconds", seconds],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    print(run.stdout, run.stderr)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]

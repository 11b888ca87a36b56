"""Fill a database with synthetic cases for manual tests of scale:

    DATABASE_URL=... .venv/bin/python -m tests.benchmarks.fill_database 100000 [--seed N]

(see tests/benchmarks/synthetic.py; refuses where DEBUG is off unless --force).
"""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citizens_site.settings.base")
django.setup()

from tests.benchmarks.synthetic import main  # noqa: E402 - needs the apps set up

main()

"""Load without loss: many citizens submit cases with files at once, and nothing is lost.

    .venv/bin/python -m tests.benchmarks.load.run              # 50 citizens, 150 s
    .venv/bin/python -m tests.benchmarks.load.run --smoke      # 20 s
    make benchmark                                             # the same, as a pytest test

``run.py`` builds a fresh PostgreSQL database, migrates it, loads the reference data and the
citizens' accounts (``accounts.py``), starts gunicorn (two workers, ``DEBUG=0``, the production
settings as the README's "Running in production" gives them, behind a pretend TLS proxy), and
points locust (``locustfile.py``, headless, 127.0.0.1 only, bounded in time) at it. Each
simulated citizen signs in, fills in the submission form with one or two small files
(``files.py``), sometimes sends it twice at once (a double click), sometimes opens "my
requests", and writes what it sent and what the receipt said to the run's log. Once everything
has stopped, ``checker.py`` holds the database and the stored files against that log and prints
the figures. Nothing here runs in ``make test``.
"""

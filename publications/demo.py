"""Demo publications in every language: the four listings under the home page, bulletins,
news of every kind, events (one with a registration form) and monitoring reports with tables.

Pure data: one file per page in ``demo/`` (``bulletins.toml`` is the listing, ``bulletins/``
its pages), loaded by ``load_demo`` with site/core's ``demo.data``. Dates are written relative
to today, so "upcoming" stays upcoming.
"""

from pathlib import Path

DEPENDS_ON = ["core", "home"]
PAGES = Path(__file__).with_name("demo")

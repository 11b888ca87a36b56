# Two commands do everything on a fresh machine with python3, make and git:
#   make run    set up, migrate, load the demo and serve http://127.0.0.1:8000
#   make test   set up, lint and run the whole test suite
# The newest CPython from 3.14 down to 3.11 (the range requirements.lock has wheels for) that
# starts here: a pyenv shim of a version that is not selected exists but fails to run.
PYTHON ?= $(shell for v in 3.14 3.13 3.12 3.11; do \
	python$$v -c "import sys" >/dev/null 2>&1 && { echo python$$v; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.installed-bench
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install messages makemessages migrate demo static lint format browser-deps pdf-deps benchmark clean

# The link in $(VENV)/mypy-path: mypy finds a module by its folder's name and cannot follow the
# install's mapping of site/ to citizens_site, so it reads the folder through the link
# (mypy_path in pyproject.toml).
$(STAMP): pyproject.toml requirements.lock
	@test -x $(PY) || test -n "$(PYTHON)" || { \
		echo "Python 3.11, 3.12, 3.13 or 3.14 is needed (python3.x on the PATH)." >&2; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e ".[test]"
	mkdir -p $(VENV)/mypy-path
	ln -sfn ../../site $(VENV)/mypy-path/citizens_site
	touch $(STAMP)

install: $(STAMP)

# What only `make benchmark` needs (locust for the load run), kept out of `make test`.
$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -c requirements.lock -e ".[test,bench]"
	touch $(BENCH_STAMP)

messages: $(STAMP)
	$(PY) manage.py compile_translations

# Re-extract UI strings after changing templates or code (needs GNU gettext's xgettext).
makemessages: $(STAMP)
	$(PY) manage.py makemessages --locale ar --locale ckb --locale en --no-location --no-obsolete \
		--ignore '.venv/*' --ignore 'static_collected/*' --ignore 'var/*' --ignore 'tests/*'
	$(PY) manage.py compile_translations

migrate: $(STAMP)
	mkdir -p var
	$(PY) manage.py migrate --noinput

# The demo also holds a year of synthetic cases (tests/benchmarks/synthetic.py, a few seconds),
# so that the indicators, charts and the transparency page show believable figures.
DEMO_CASES ?= 3000
demo: migrate messages
	$(PY) manage.py load_demo
	$(PY) -m tests.benchmarks.fill_database $(DEMO_CASES) --up-to
	$(PY) manage.py refresh_indicators --full

static: $(STAMP)
	$(PY) manage.py collectstatic --noinput --verbosity 0

# Links in mail and SMS are built from the portal's public address: here the server's own
# (`make run PORT=8101` mails links to 8101), unless WAGTAILADMIN_BASE_URL is set already.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: pdf-deps demo static
	@echo "Serving http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/, users in README)"
	$(PY) manage.py runserver $(HOST):$(PORT)

# Browser tests drive Debian's Chromium (never Playwright's own download, which fails here).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = "0" ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium gettext >/dev/null; \
		else \
			echo "Chromium is missing. Run: sudo apt-get install -y chromium gettext"; exit 1; \
		fi; }

# WeasyPrint (the case file PDF) needs Pango from the system; Chromium brings it too.
pdf-deps:
	@ldconfig -p | grep -q libpangoft2-1.0.so.0 || { \
		if [ "$$(id -u)" = "0" ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null; \
		else \
			echo "Pango is missing (case file PDFs). Run: sudo apt-get install -y libpango-1.0-0 libpangoft2-1.0-0"; \
		fi; }

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

test: $(STAMP) messages browser-deps pdf-deps lint
	$(PY) manage.py makemigrations --check --dry-run --settings=citizens_site.settings.test
	$(BIN)/pytest $(PYTEST_ARGS)

benchmark: $(BENCH_STAMP) messages
	$(BIN)/pytest tests/benchmarks $(PYTEST_ARGS)

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) static_collected var/db.sqlite3 locale/*/LC_MESSAGES/*.mo

"""/healthz answers for the load balancer: 200 with a database, 503 without."""

import json
import subprocess
import sys

import pytest
from django.conf import settings

from tests.conftest import subprocess_env

pytestmark = pytest.mark.django_db


def test_healthz_is_ok_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_database_is_unreachable(tmp_path):
    """A real unreachable database: a separate process pointed at a path that cannot exist."""
    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz');"
        "print(json.dumps({'status': r.status_code, 'body': r.json()}))"
    )
    env = subprocess_env(
        DJANGO_SETTINGS_MODULE="citizens_site.settings.test",
        DATABASE_URL=f"sqlite:///{tmp_path}/missing-directory/db.sqlite3",
        ALLOWED_HOSTS="testserver",
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )

    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"status": 503, "body": {"status": "error", "database": "unavailable"}}


def test_healthz_answers_plain_http_when_every_other_page_is_redirected_to_https(client, settings):
    """The load balancer's health check speaks plain HTTP to the worker."""
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert client.get("/ar/").status_code == 301
    assert client.get("/healthz/").status_code == 301  # only the exact path is exempt

"""Configuration comes from the environment; production settings pass `check --deploy`."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from tests.conftest import subprocess_env

PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnop",
    "ALLOWED_HOSTS": "citizen.gov.iq",
    "DATABASE_URL": "sqlite:////tmp/deploy-check.sqlite3",
    "REDIS_URL": "redis://127.0.0.1:6379/1",
    "WAGTAILADMIN_BASE_URL": "https://citizen.gov.iq",
}


def run_manage(*args, env):
    return subprocess.run(  # the caller reads the exit status
        [sys.executable, "manage.py", *args],
        check=False,
        cwd=settings.BASE_DIR,
        env=subprocess_env(DJANGO_SETTINGS_MODULE="citizens_site.settings.base", **env),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.django_db
def test_the_suite_runs_on_the_database_that_database_url_names():
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith("postgres") else "sqlite"

    assert connection.vendor == expected


def test_production_settings_pass_the_deploy_check():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_deploy_check_refuses_production_without_a_shared_cache_or_a_public_url():
    env = {
        k: v for k, v in PRODUCTION_ENV.items() if k not in {"REDIS_URL", "WAGTAILADMIN_BASE_URL"}
    }

    result = run_manage("check", "--deploy", env=env)

    assert result.returncode != 0
    # Without Redis each worker would count its own rate limits; without the public URL the
    # mailed links would point at 127.0.0.1.
    assert "portal.E001" in result.stderr
    assert "portal.E002" in result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}

    result = run_manage("check", env=env)

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_development_defaults_are_safe_and_local():
    assert settings.DATABASES["default"]["ENGINE"] in {
        "django.db.backends.sqlite3",
        "django.db.backends.postgresql",
    }
    assert settings.LANGUAGE_CODE == "ar"
    assert [code for code, _ in settings.LANGUAGES] == ["ar", "ckb", "en"]

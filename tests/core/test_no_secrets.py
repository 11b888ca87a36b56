"""No secret is committed: tests/secret_scan.py reads every file git would commit.

The planted secrets below are put together when the test runs, so that this file holds none
of them and the scan of the repository stays clean.
"""

import subprocess

import pytest
from django.conf import settings

from tests.secret_scan import scan, scan_text

KEY_BODY = "MIIEowIBAAKCAQEA" + "q" * 48
PLANTED = {
    "private key": "-----BEGIN " + "RSA PRIVATE KEY-----\n" + KEY_BODY + "\n",
    "AWS access key id": "aws_access_key_id = " + "AKIA" + "Q7XR2M4LZP5K8WNA",
    "AWS secret access key": "aws_secret_access_key=" + "wJalrXUtnFEMI/K7MDENG/bPxRf" + "x" * 13,
    "GitHub token": "token: " + "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
    "Django secret key": "SECRET_KEY = " + '"' + "n0t-in-the-env-" + "x9" * 20 + '"',
    "credential setting": "EMAIL_HOST_" + "PASSWORD = " + "'Tigris-Euphrates-99'",
    "password in a URL": "DATABASE_URL=postgres://portal:" + "S3cr3t-Basra" + "@db.internal/portal",
}


def test_no_file_git_would_commit_holds_a_secret():
    findings = scan(settings.BASE_DIR)

    assert findings == [], "\n".join(str(f) for f in findings)


@pytest.mark.parametrize("rule", PLANTED)
def test_the_scan_recognises_each_kind_of_secret(rule):
    findings = scan_text("planted.txt", "# settings\n" + PLANTED[rule] + "\n")

    assert [f.rule for f in findings] == [rule]
    assert findings[0].line == 2


def test_an_environment_file_line_is_a_credential_setting():
    findings = scan_text(".env", "export SMS_GATEWAY_" + "TOKEN=" + "f00dcafe1234\n")

    assert [f.rule for f in findings] == ["credential setting"]


def test_values_read_from_the_environment_and_published_demo_values_pass():
    text = "\n".join(
        [
            'SECRET_KEY = env("SECRET_KEY")',
            'SMS_GATEWAY_TOKEN = env("SMS_GATEWAY_TOKEN", default="")',
            "# SECRET_KEY=",
            "SMS_GATEWAY_" + "TOKEN=",
            'DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"',
            "DATABASE_URL=postgres://user:password@host:5432/name",
            "DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal",
        ]
    )

    assert scan_text("settings.py", text) == []


def test_a_secret_planted_in_a_repository_fails_the_scan(tmp_path):
    """A throwaway repository: a new file with a secret is found before it is committed, a
    committed one too; a file that .gitignore hides (like .env) is not read."""

    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    (tmp_path / ".gitignore").write_text(".env\n")
    (tmp_path / ".env").write_text(PLANTED["credential setting"] + "\n")
    (tmp_path / "tracked.py").write_text("DEBUG = True\n" + PLANTED["Django secret key"] + "\n")
    git("add", "tracked.py", ".gitignore")
    (tmp_path / "new_file.pem").write_text(PLANTED["private key"])

    findings = scan(tmp_path)

    assert sorted(str(f) for f in findings) == [
        "new_file.pem:1: private key",
        "tracked.py:2: Django secret key",
    ]

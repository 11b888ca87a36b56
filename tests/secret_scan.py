"""A small scanner for secrets committed by mistake, run by tests/core/test_no_secrets.py.

It reads every file git would commit (tracked, or new and not ignored) and looks for the
shapes secrets take: private keys, cloud and service tokens, a SECRET_KEY or another
*_TOKEN / *_PASSWORD / *_SECRET setting given a literal value, and passwords inside URLs.
Production values come from the environment (.env is ignored; see .env.example), so none of
these belongs in the repository. The few literal values that are not secrets (published demo
values, placeholders, stand-ins that tests set) are allowed by value in ALLOWED, each with
its reason.
"""

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

# A name ending like a credential, as settings and environment variables spell them.
_CREDENTIAL_NAME = (
    r"(?:[A-Z][A-Z0-9_]*_)?"
    r"(?:TOKEN|PASSWORD|PASSWD|SECRET|SECRET_KEY|API_KEY|ACCESS_KEY)"
)
# Between a name and its value: spaces, never a line break.
_IS = r"[\"']?[ \t]*[:=][ \t]*"

# In order: a line that several rules match is reported once, under the first.
RULES = {
    "private key": re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"),
    "AWS access key id": re.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b"),
    "AWS secret access key": re.compile(
        rf"(?i)aws_?secret_?access_?key{_IS}[\"']?(?P<value>[A-Za-z0-9/+]{{40}})(?![A-Za-z0-9/+])"
    ),
    "GitHub token": re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"),
    "Slack token": re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}"),
    "Google API key": re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"),
    "Stripe live key": re.compile(r"\b[rs]k_live_[0-9A-Za-z]{20,}"),
    # SECRET_KEY given a quoted value anywhere: an assignment, a dict entry, a keyword argument.
    "Django secret key": re.compile(rf"\bSECRET_KEY{_IS}([\"'])(?P<value>[^\"'\s]+)\1"),
    # NAME = "value" in code, NAME=value in environment files and shell; a call such as
    # env("SMS_GATEWAY_TOKEN") or an empty value is not a secret.
    "credential setting": re.compile(
        rf"(?<!\w)(?:export[ \t]+)?{_CREDENTIAL_NAME}{_IS}"
        r"(?:([\"'])(?P<value>[^\"'\s]{6,})\1|(?P<bare>[^\s#\"'(]{6,})[ \t]*(?:#.*)?$)",
        re.MULTILINE,
    ),
    "password in a URL": re.compile(
        r"\b[a-z][a-z0-9+.-]*://[^/\s:@\"'<>]+:(?P<value>[^/\s@\"'<>]+)@"
    ),
}

ALLOWED = {
    # The demo staff's authenticator secret: published in the README and used only by the
    # demo users, which exist only with DEBUG on (site/core/demo/__init__.py).
    "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP": "published demo TOTP secret",
    # (The demo users' passwords, published beside it, sit in a table no rule reads.)
    # The placeholders of the README's and .env.example's examples of DATABASE_URL, EMAIL_URL.
    "password": "placeholder in an example URL",
    "pass": "placeholder in an example URL",
    # Stand-ins that tests set for the run they make; no deployment uses them.
    "a-long-random-production-secret-key-0123456789-abcdefghijklmnop": (
        "tests/core/test_settings.py: the production settings' stand-in key"
    ),
    "a-secret-key-for-this-test-only-": "tests/core/test_security_headers.py: a stand-in key",
    "gateway-token": "tests/core/test_sms_gateway.py: the test gateway's token",
    "Baghdad-river-2026!": "tests/core/test_account_changes.py: a test user's password",
    "a-long-test-password-2026": "tests/factories/people.py: every factory user's password",
    "JBSWY3DPEHPK3PXP": "tests/factories/people.py: the factory staff's TOTP secret",
}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    rule: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.rule}"


def files_to_commit(repository):
    """Every file git would commit: tracked ones and new ones that .gitignore does not hide."""
    result = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=repository,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return sorted({name.decode() for name in result.stdout.split(b"\0") if name})


def _value(match):
    """The secret part of a match (what ALLOWED lists), or the whole match."""
    named = {k: v for k, v in match.groupdict().items() if v}
    if named:
        return next(iter(named.values()))
    groups = [g for g in match.groups() if g and g not in {"'", '"'}]
    return groups[-1] if groups else match.group(0)


def scan_text(path, text):
    findings = {}
    for rule, pattern in RULES.items():
        for match in pattern.finditer(text):
            if _value(match) in ALLOWED:
                continue
            line = text.count("\n", 0, match.start()) + 1
            findings.setdefault(line, Finding(path, line, rule))
    return [findings[line] for line in sorted(findings)]


def scan(repository):
    repository = Path(repository)
    findings = []
    for name in files_to_commit(repository):
        path = repository / name
        if not path.is_file():  # deleted in the working tree, not yet in the index
            continue
        data = path.read_bytes()
        if b"\0" in data[:8192]:  # fonts and other binaries
            continue
        findings += scan_text(name, data.decode("utf-8", errors="replace"))
    return findings

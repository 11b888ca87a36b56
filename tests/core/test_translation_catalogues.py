"""Every string a person reads is translated in all three catalogues."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


def catalogue(code):
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", ["ar", "ckb", "en"])
def test_catalogue_has_no_untranslated_or_fuzzy_entries(code):
    po = catalogue(code)

    missing = [e.msgid for e in po if not e.translated() and not e.obsolete]
    assert missing == []


@pytest.mark.parametrize("code", ["ar", "ckb"])
def test_right_to_left_catalogues_are_not_left_in_english(code):
    po = catalogue(code)

    # Strings with at least one letter must not come back unchanged (proper nouns excepted).
    proper_nouns = {"English", "API", "WebAuthn"}
    unchanged = [
        e.msgid
        for e in po
        if e.msgstr == e.msgid
        and any(ch.isalpha() for ch in e.msgid)
        and e.msgid not in proper_nouns
    ]
    assert unchanged == []


def test_catalogues_hold_the_same_messages():
    ids = {code: {(e.msgctxt, e.msgid) for e in catalogue(code)} for code in ["ar", "ckb", "en"]}

    assert ids["ar"] == ids["ckb"] == ids["en"]


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext's xgettext")
def test_catalogues_contain_every_string_in_the_code(tmp_path):
    """Extract the strings afresh and compare: a new string without translation fails here."""
    work = tmp_path / "project"
    shutil.copytree(
        settings.BASE_DIR,
        work,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "var", "media", "static_collected", "node_modules", "__pycache__"
        ),
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "--locale",
            "en",
            "--no-location",
            "--ignore",
            "tests/*",
            "--ignore",
            "static_collected/*",
        ],
        cwd=work,
        check=True,
        capture_output=True,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "citizens_site.settings.test",
            "PYTHONPATH": str(work),
        },
    )
    fresh = polib.pofile(str(work / "locale" / "en" / "LC_MESSAGES" / "django.po"))

    committed = {(e.msgctxt, e.msgid) for e in catalogue("en")}
    extracted = {(e.msgctxt, e.msgid) for e in fresh if not e.obsolete}
    assert extracted - committed == set()

"""The portal's Arabic font carries what Arabic and Central Kurdish write, and portal.css says
so: a letter of the interface or the demo content outside it would be drawn in another
typeface; a face whose unicode-range claims more than its file holds would draw boxes."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from fontTools.ttLib import TTFont

from citizens_site.core.font_subset import code_points, unicode_range

STATIC = Path(settings.PROJECT_DIR) / "static"
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


@pytest.mark.parametrize("weight", [400, 700])
def test_the_committed_font_holds_exactly_the_subset(weight):
    font = TTFont(STATIC / "fonts" / f"noto-sans-arabic-ar-ckb-{weight}.woff2")

    assert set(font.getBestCmap()) == code_points()


def test_the_style_sheet_declares_the_subset_for_both_weights():
    css = (STATIC / "css" / "portal.css").read_text()
    faces = re.findall(r"@font-face \{[^}]*ar-ckb[^}]*\}", css)

    assert len(faces) == 2
    for face in faces:
        declared = re.search(r"unicode-range:\s*([^;]+);", face).group(1)
        assert " ".join(declared.split()) == unicode_range()


def texts_people_read():
    for code in ["ar", "ckb"]:
        for entry in polib.pofile(
            str(Path(settings.BASE_DIR) / "locale" / code / "LC_MESSAGES" / "django.po")
        ):
            yield entry.msgstr
            yield from entry.msgstr_plural.values()
    base = Path(settings.BASE_DIR)
    for pattern in ["*/demo/**/*.toml", "site/core/demo/*.toml", "complaints/agencies/data/*.csv"]:
        for path in base.glob(pattern):
            yield path.read_text(encoding="utf-8")


def test_every_arabic_script_letter_of_the_interface_and_the_demo_is_in_the_font():
    used = {char for text in texts_people_read() for char in ARABIC_SCRIPT.findall(text)}

    assert (
        sorted(f"U+{ord(char):04X} {char}" for char in used if ord(char) not in code_points()) == []
    )

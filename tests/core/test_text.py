"""Text typed by people: invisible characters dropped; Arabic spellings compared as one."""

import pytest

from citizens_site.core.text import clean_line, clean_paragraphs, normalize_arabic


def test_invisible_characters_do_not_count_as_text():
    assert clean_line("\u200b\u200f \u00a0") == ""
    assert clean_line("  علي\u200b   حسن ") == "علي حسن"


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("مُوَاطِن", "مواطن"),  # diacritics
        ("المــواطن", "المواطن"),  # tatweel
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("آمنة", "امنه"),  # alef forms, ta marbuta
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("کوردی", "كوردي"),  # Kurdish kaf and ya
        ("٢٠٢٦", "2026"),
        ("۲۰۲۶", "2026"),
    ],
)
def test_arabic_spelling_variants_normalise_to_one_form(variant, plain):
    assert normalize_arabic(variant) == normalize_arabic(plain)


def test_different_words_stay_different():
    assert normalize_arabic("شكوى") != normalize_arabic("شكر")


def test_one_line_text_keeps_zwnj_between_letters_only():
    assert clean_line("دەست\u200cپێکردن") == "دەست\u200cپێکردن"
    assert clean_line("\u200cعلي \u200c\u200cحسن\u200c") == "علي حسن"
    assert clean_line("\u200c") == ""


def test_paragraphs_break_at_any_line_ending_and_keep_no_controls():
    assert clean_paragraphs("أ\rب\r\nج\u2028د\x0be") == "أ\nب\nج\nد\ne"
    assert clean_paragraphs("\u2067أ\u2069\u202e\t\x00ب\n\n\n\nج") == "أ ب\n\nج"

"""Reference numbers a citizen can read out and retype; access codes kept only as hashes."""

import datetime

import pytest

from complaints.cases.identifiers import (
    format_reference,
    hash_access_code,
    next_reference,
    normalize_reference,
)


def test_reference_is_year_number_and_check_digit():
    reference = format_reference(2026, 123)

    assert reference[:10] == "26-000123-"
    assert normalize_reference(reference) == reference


def test_check_digit_catches_every_single_digit_typo():
    reference = format_reference(2026, 4521)
    digits = reference.replace("-", "")
    for position, original in enumerate(digits):
        for wrong in "0123456789":
            if wrong != original:
                typo = digits[:position] + wrong + digits[position + 1 :]
                assert normalize_reference(typo) is None, typo


def test_check_digit_catches_every_swap_of_neighbouring_digits():
    digits = format_reference(2026, 90817).replace("-", "")
    for position in range(len(digits) - 1):
        a, b = digits[position], digits[position + 1]
        if a != b:
            swapped = digits[:position] + b + a + digits[position + 2 :]
            assert normalize_reference(swapped) is None, swapped


def test_reference_typed_with_arabic_indic_digits_and_spaces_is_understood():
    reference = format_reference(2026, 77)
    arabic = reference.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")).replace("-", " ")

    assert normalize_reference(arabic) == reference


@pytest.mark.django_db
def test_references_are_consecutive_within_a_year_and_restart_the_next():
    first = next_reference(datetime.datetime(2026, 12, 31, 23, 0))
    second = next_reference(datetime.datetime(2026, 12, 31, 23, 5))
    new_year = next_reference(datetime.datetime(2027, 1, 1, 8, 0))

    assert (first[:9], second[:9], new_year[:9]) == ("26-000001", "26-000002", "27-000001")


def test_access_code_hash_depends_on_the_case_and_the_code():
    assert hash_access_code("26-000001-5", "12345678") != hash_access_code(
        "26-000002-3", "12345678"
    )
    assert hash_access_code("26-000001-5", "١٢٣٤٥٦٧٨") == hash_access_code(
        "26-000001-5", "12345678"
    )

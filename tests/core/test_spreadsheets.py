"""Spreadsheet cells: text that would run as a formula is quoted; numbers stay numbers."""

from citizens_site.core.spreadsheets import csv_row


def test_only_text_that_starts_like_a_formula_is_quoted():
    assert csv_row(["=1+1", "+964", "-x", "@SUM(A1)", "\t=1", "\r=1"]) == [
        "'=1+1",
        "'+964",
        "'-x",
        "'@SUM(A1)",
        "'\t=1",
        "'\r=1",
    ]
    assert csv_row(["a=b", "علي", " =1", ""]) == ["a=b", "علي", " =1", ""]


def test_numbers_and_empty_cells_are_data_not_formulas():
    assert csv_row([-3, 2.5, 0, None, True]) == [-3, 2.5, 0, "", True]

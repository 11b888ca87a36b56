"""Text a citizen or an editor typed never runs as a formula in the spreadsheets we hand out:
a cell starting with = + - @ tab or CR gets a leading quote in CSV and is stored as text in
XLSX; numbers stay numbers."""

import csv
import io

import pytest
from openpyxl import load_workbook

from complaints.indicators import store as indicator_store
from complaints.models import Agency
from tests.complaints.indicator_cases import case as indicator_case
from tests.conftest import sign_in_staff

from .conftest import submit

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example/?x","open")'


def csv_rows(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def xlsx_cells(response, sheet=0):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(load_workbook(io.BytesIO(content)).worksheets[sheet].iter_rows())


def assert_text_cell(cells, text):
    """The cell holding ``text`` is text to Excel, even after someone edits it."""
    cell = next(cell for row in cells for cell in row if cell.value == text)
    assert cell.data_type == "s"
    assert cell.quotePrefix


@pytest.mark.parametrize("subject", [FORMULA, "+9647701234567 call me", "-2+3", "@SUM(A1)"])
def test_case_listing_csv_quotes_a_subject_that_looks_like_a_formula(
    client, citizen, intake, subject
):
    case = submit(citizen, subject=subject).case
    sign_in_staff(client, intake.email)

    rows = csv_rows(client.get("/admin/cases/?export=csv"))

    row = next(row for row in rows if row[0] == case.reference)
    assert "'" + subject in row
    assert subject not in row


def test_case_listing_xlsx_keeps_a_formula_like_subject_as_text(client, citizen, intake):
    submit(citizen, subject=FORMULA)
    sign_in_staff(client, intake.email)

    assert_text_cell(xlsx_cells(client.get("/admin/cases/?export=xlsx")), FORMULA)


@pytest.fixture
def formula_agency(reference_data):
    Agency.objects.filter(code="MOI").update(name_ar=FORMULA, name_ckb=FORMULA, name_en=FORMULA)
    indicator_case("MOI-NCA", status="answered", answered_after=3)
    indicator_store.refresh()


def test_indicator_csv_quotes_names_and_keeps_numbers(client, intake, formula_agency):
    sign_in_staff(client, intake.email)

    rows = csv_rows(client.get("/admin/cases/indicators/", {"export": "csv"}))

    row = next(row for row in rows if row[0].endswith(FORMULA))
    assert row[0] == "'" + FORMULA
    assert row[1] == "1"  # received: a number, untouched


def test_indicator_xlsx_stores_a_formula_like_name_as_text(client, intake, formula_agency):
    sign_in_staff(client, intake.email)

    cells = xlsx_cells(client.get("/admin/cases/indicators/", {"export": "xlsx"}))

    assert_text_cell(cells, FORMULA)
    row = next(row for row in cells if row[0].value == FORMULA)
    assert row[1].value == 1
    assert row[1].data_type == "n"


def test_open_data_csv_quotes_a_formula_like_name(client, formula_agency):
    rows = csv_rows(client.get("/ar/transparency/open-data.csv"))

    row = next(row for row in rows if row[0] == "MOI")
    assert row[2:5] == ["'" + FORMULA] * 3
    assert FORMULA not in row

"""Cells of the spreadsheets the portal hands out (CSV and XLSX), made safe to open.

Subjects, names and registration answers are typed by anyone; a spreadsheet program runs a
cell that starts with = + - @ (or a tab or carriage return before one) as a formula, which
can leak data or open links ("CSV injection"). Every export passes its cells through here.
Only text changes: numbers, dates and empty cells stay what they are.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value):
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value):
    """A CSV cell: text that would run as a formula gets a leading single quote (OWASP)."""
    return "'" + value if looks_like_formula(value) else value


def csv_row(values):
    """A CSV line: each cell as csv_cell, None as an empty cell."""
    return ["" if value is None else csv_cell(value) for value in values]


def xlsx_cell(cell):
    """An openpyxl cell: text that would run as a formula is stored as text, with Excel's
    quote prefix so that it stays text when someone edits the cell (shown without a quote)."""
    if looks_like_formula(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


class FormulaSafeExportMixin:
    """For Wagtail views with spreadsheet export (``list_export``, the form submissions):
    CSV cells and headings through csv_cell, XLSX cells through xlsx_cell. Put it before
    Wagtail's view class in the bases."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return csv_cell(value) if export_format == "csv" else value

    def get_heading(self, queryset, field):
        # Headings are shared by both formats; a form's question labels are typed by editors.
        return csv_cell(super().get_heading(queryset, field))

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            yield xlsx_cell(cell)

"""Spreadsheet files and cells, for any section: read a .csv or .xlsx file, download a .csv or .xlsx file.

(A section's columns, and its import and export, are home/spreadsheet_sections.py's, built on these.)
An import reads the rows, checks every cell, and writes nothing unless the whole file is right:

    rows = read_rows(path, columns=COLUMNS, required=["name"])  # [{column: cell text}], row 2 first
    errors = [RowError(4, "postcode", "Enter a real UK postcode, like LE12 9AB."), ...]
    if errors:
        raise SpreadsheetError(errors)

An export gives typed values (text, numbers, dates) and gets a download in either format:

    return csv_response("plans-2026-01-31.csv", COLUMNS, rows)
    return xlsx_response("plans-2026-01-31.xlsx", COLUMNS, rows)

Exported cells are guarded against running as formulas and the reader takes the guard off again, so an
export reads back with the text it was written with.
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from home.districts import District

READABLE_SUFFIXES = (".csv", ".xlsx")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A cell starting with one of these may run as a formula when the file is opened in a spreadsheet program.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")
MIDNIGHT = time(0, 0)
# What an import reads at most, so that a broken or booby-trapped file costs little time and memory.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # what an .xlsx (a zip) holds, once unpacked
MAX_DATA_ROWS = 2000
MAX_COLUMNS = 50
# Column widths in an .xlsx download, in characters.
MIN_WIDTH, MAX_WIDTH = 8, 60


@dataclass(frozen=True)
class RowError:
    """A problem with a cell, numbered as a person sees the spreadsheet (the headings are row 1)."""

    row: int
    column: str
    message: str

    def __str__(self):
        if not self.column:
            return f"Row {self.row}: {self.message}"
        return f'Row {self.row}, column "{self.column}": {self.message}'


class SpreadsheetError(Exception):
    """The spreadsheet cannot be imported; `errors` lists every problem found. Nothing has been changed."""

    def __init__(self, errors):
        self.errors = [errors] if isinstance(errors, str) else list(errors)
        super().__init__("\n".join(map(str, self.errors)))


class CellError(ValueError):
    """A cell's text is wrong; the message tells a volunteer how to put it right."""


# Reading


def read_rows(path, columns=None, required=()):
    """The data rows of a .csv or .xlsx file (the first sheet) as dicts of heading -> cell text, row 2 first.

    Headings are lower-cased and stripped. Cells are text: "" for an empty cell, dates as 2026-12-25,
    whole numbers without ".0", a cell shown as a percentage as its percentage (45.3% -> "45.3").
    Blank rows are kept (as empty cells) so that a row's place in the list gives its row number.
    Raises SpreadsheetError if the file cannot be read or is over the limits above, or for a heading that
    appears twice, values without a heading, and (when `columns` is given) a heading not in `columns` or a
    `required` one missing.
    """
    path = Path(path)
    readers = {".csv": _read_csv, ".xlsx": _read_xlsx}
    suffix = path.suffix.lower()
    if suffix not in readers:
        raise SpreadsheetError(
            f"{path.name} is not a file we can read: save the spreadsheet as .csv or .xlsx."
        )
    if path.stat().st_size > MAX_FILE_BYTES:
        raise SpreadsheetError(_too_big(path))
    table = readers[suffix](path)
    while table and not any(table[-1]):
        table.pop()
    if not table:
        raise SpreadsheetError(f"{path.name} is empty.")

    width = max(len(row) for row in table)
    headers = [header.lower() for header in table[0]] + [""] * (width - len(table[0]))
    check_headers(headers, table[1:], columns, required)
    return [
        {header: row[i] if i < len(row) else "" for i, header in enumerate(headers) if header}
        for row in table[1:]
    ]


def check_headers(headers, data_rows, columns=None, required=()):
    """Raise SpreadsheetError listing every problem with the headings (row 1)."""
    errors = []
    for i, header in enumerate(headers):
        if not header and any(i < len(row) and row[i] for row in data_rows):
            errors.append(RowError(1, "", f"Column {i + 1} has values in it but no heading."))
        elif header and columns is not None and header not in columns:
            errors.append(
                RowError(1, header, f"This is not a column we know. The columns are: {', '.join(columns)}.")
            )
        elif header and headers.index(header) != i:
            errors.append(RowError(1, header, "This column appears twice."))
    errors += [
        RowError(1, column, f"This column is missing. Every spreadsheet needs {', '.join(required)}.")
        for column in required
        if column not in headers
    ]
    if errors:
        raise SpreadsheetError(errors)


def cell_text(value):
    """A cell's value as text: "" for None, whole numbers without ".0", dates as 2026-12-25, times 09:30."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float | Decimal):
        return f"{Decimal(str(value)).normalize():f}"
    if isinstance(value, datetime):
        value = _local(value)
        return value.date().isoformat() if value.time() == MIDNIGHT else f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return f"{value:%H:%M}"
    return str(value)


def _read_cell(value):
    return unprotect_cell(cell_text(value).replace("\r\n", "\n").strip()).strip()


def _read_csv(path):
    try:
        with path.open(encoding="utf-8-sig", newline="") as file:
            return _within_limits(path, ([_read_cell(value) for value in row] for row in csv.reader(file)))
    except UnicodeDecodeError:
        raise SpreadsheetError(
            f"{path.name} is not saved as UTF-8. In Excel, choose Save As, then CSV UTF-8 (Comma delimited)."
        ) from None
    except csv.Error:
        raise SpreadsheetError(_unreadable(path)) from None


def _read_xlsx(path):
    _check_unpacked_size(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises all sorts for a damaged file; each means the same here
        raise SpreadsheetError(_unopenable(path)) from error
    try:
        sheet = workbook.worksheets[0]
        _check_declared_size(path, sheet)
        # Some programs save a used range that is too small, and read-only mode would cut the sheet to it;
        # the bounds below keep a range that is far too big from costing anything.
        sheet.reset_dimensions()
        rows = sheet.iter_rows(max_row=MAX_DATA_ROWS + 2, max_col=MAX_COLUMNS + 1)
        return _within_limits(path, ([_read_cell(_xlsx_value(cell)) for cell in row] for row in rows))
    except SpreadsheetError:
        raise
    except Exception as error:
        raise SpreadsheetError(_unopenable(path)) from error
    finally:
        workbook.close()


def _check_unpacked_size(path):
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(part.file_size for part in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise SpreadsheetError(_unopenable(path)) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise SpreadsheetError(_too_big(path))


def _check_declared_size(path, sheet):
    """The used range the workbook declares, checked before a single row is read."""
    rows, columns = sheet.max_row or 0, sheet.max_column or 0
    if rows > MAX_DATA_ROWS + 1:
        raise SpreadsheetError(_too_many(path, f"{MAX_DATA_ROWS} rows", f"row {rows}", "rows"))
    if columns > MAX_COLUMNS:
        last = get_column_letter(columns)
        raise SpreadsheetError(_too_many(path, f"{MAX_COLUMNS} columns", f"column {last}", "columns"))


def _within_limits(path, rows):
    """The rows as a list, refusing a row beyond MAX_DATA_ROWS or a cell beyond MAX_COLUMNS that has text."""
    table = []
    for row in rows:
        if any("\x00" in value for value in row):  # never in a text file: this one is binary
            raise SpreadsheetError(_unreadable(path))
        if any(row[MAX_COLUMNS:]):
            raise SpreadsheetError(_too_many(path, f"{MAX_COLUMNS} columns", "", "columns"))
        if len(table) > MAX_DATA_ROWS:  # the headings row and MAX_DATA_ROWS rows are in already
            if any(row):
                raise SpreadsheetError(_too_many(path, f"{MAX_DATA_ROWS} rows", "", "rows"))
            continue
        table.append(row[:MAX_COLUMNS])
    return table


def _too_many(path, limit, reaches, what):
    where = f" (its sheet runs to {reaches})" if reaches else ""
    return (
        f"{path.name} has more than {limit}{where}, more than an import takes. If the {what} beyond "
        "your table are empty, delete them and save again; otherwise split the spreadsheet."
    )


def _too_big(path):
    return f"{path.name} is too big to import: a spreadsheet of this site's pages is far smaller."


def _unopenable(path):
    return (
        f"{path.name} could not be opened as an Excel workbook. Open it in Excel and save it again as .xlsx."
    )


def _unreadable(path):
    return f"{path.name} could not be read as a CSV file. Open it in Excel and save it as CSV UTF-8."


def _xlsx_value(cell):
    value = cell.value
    shown_as_percent = "%" in (getattr(cell, "number_format", None) or "")
    if shown_as_percent and isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(str(value)) * 100
    return value


# Cells


def protect_cell(text):
    """ "=1+2" -> "'=1+2", so a spreadsheet program shows the text instead of running it.

    Plain numbers such as a longitude of -1.2354 cannot run anything and are left as they are.
    """
    if text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.match(text):
        return f"'{text}"
    return text


def unprotect_cell(text):
    """Remove the apostrophe protect_cell adds (or a person typed) before a formula-like start."""
    return text[1:] if text[:1] == "'" and text[1:2] in FORMULA_STARTS else text


def parse_date(text):
    """A date written 2026-12-25 or 25/12/2026, or CellError."""
    try:
        if "/" in text:
            day, month, year = map(int, text.split("/"))
        else:
            year, month, day = map(int, text.split("-"))
        return date(year, month, day)
    except ValueError:
        raise CellError(f'"{text}" is not a date. Write dates like 2026-12-25.') from None


def parse_district(text):
    """A district's stored value ("north-west-leicestershire") from it or its label, in any capitals."""
    value = slugify(text.replace("&", " and "))
    if value not in District.values:
        raise CellError(
            f'"{text}" is not a Leicestershire district. Use one of: {", ".join(District.labels)}.'
        )
    return value


# Downloads


def csv_response(filename, header, rows):
    """A .csv download: UTF-8 with a byte order mark (so Excel reads it right), cells kept from formulas."""
    response = _attachment(filename, "text/csv; charset=utf-8")
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(header)
    for row in rows:
        writer.writerow([protect_cell(cell_text(value)) for value in row])
    return response


def xlsx_response(filename, header, rows, sheet_title="Sheet1"):
    """An .xlsx download: bold headings, real dates and numbers, text that never runs as a formula."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    rows = [list(row) for row in rows]
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row_number, row in enumerate(rows, start=2):
        for column_number, value in enumerate(row, start=1):
            _write_xlsx_cell(sheet.cell(row=row_number, column=column_number), value)
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions
    for column_number, heading in enumerate(header, start=1):
        longest = max([len(str(heading)), *(_shown_width(row[column_number - 1]) for row in rows)])
        sheet.column_dimensions[get_column_letter(column_number)].width = min(
            max(longest + 2, MIN_WIDTH), MAX_WIDTH
        )

    response = _attachment(filename, XLSX_CONTENT_TYPE)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response.write(buffer.getvalue())
    return response


def _write_xlsx_cell(cell, value):
    if value is None or value == "":
        return
    if isinstance(value, datetime):
        cell.value = _local(value).replace(tzinfo=None)
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        cell.value = value
    else:
        text = ILLEGAL_CHARACTERS_RE.sub("", cell_text(value))
        cell.value = text
        # Stored as text, never as a formula; the quote prefix tells Excel to keep it as text when edited.
        cell.data_type = "s"
        if text.startswith(FORMULA_STARTS):
            cell.quotePrefix = True


def _local(moment):
    """A stored (UTC) time as the clock in Leicestershire showed it."""
    return timezone.localtime(moment) if timezone.is_aware(moment) else moment


def _shown_width(value):
    lines = cell_text(value).split("\n") if value is not None else [""]
    return max(len(line) for line in lines)


def _attachment(filename, content_type):
    response = HttpResponse(content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response

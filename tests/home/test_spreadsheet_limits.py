"""Spreadsheets made to hurt the import (broken, booby-trapped or simply far too big) get one clear message,
quickly and in little memory, and nothing on the site changes."""

import csv
import io
import time
import zipfile

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from home import spreadsheets
from home.spreadsheets import SpreadsheetError, read_rows
from libraries.models import CommunityLibraryPage

COLUMNS = ["name", "town"]


def one_message(path, **kwargs):
    with pytest.raises(SpreadsheetError) as raised:
        read_rows(path, **kwargs)
    [message] = raised.value.errors
    assert path.name in str(message)
    return str(message)


def write_xlsx(path, rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    return path


def write_table(path, rows):
    return write_xlsx(path, rows) if path.suffix == ".xlsx" else write_csv(path, rows)


@pytest.fixture(params=["csv", "xlsx"])
def suffix(request):
    return request.param


# Broken or disguised files


def test_a_truncated_workbook_is_refused_with_one_message(tmp_path):
    whole = write_xlsx(tmp_path / "whole.xlsx", [["name"], ["Anstey"]]).read_bytes()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(whole[: len(whole) // 2])

    assert "could not be opened" in one_message(broken)


def test_a_workbook_with_corrupt_xml_is_refused_with_one_message(tmp_path):
    path = write_xlsx(tmp_path / "corrupt.xlsx", [["name"], ["Anstey"]])
    with zipfile.ZipFile(path) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    parts["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>"
    with zipfile.ZipFile(path, "w") as rewritten:
        for name, data in parts.items():
            rewritten.writestr(name, data)

    assert "could not be opened" in one_message(path)


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7 not a spreadsheet", b"PK\x03\x04 half a zip", b"\x00" * 64],
    ids=["a pdf", "half a zip", "zero bytes"],
)
def test_a_file_that_is_not_a_workbook_is_refused_with_one_message(tmp_path, content):
    path = tmp_path / "renamed.xlsx"
    path.write_bytes(content)

    assert "could not be opened" in one_message(path)


def test_a_csv_with_binary_in_it_is_refused_with_one_message(tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(b"name,town\nAnstey,\x00\x00\n")

    assert "could not be read" in one_message(path)


def test_a_csv_cell_longer_than_any_real_one_is_refused_with_one_message(tmp_path):
    path = write_csv(tmp_path / "long.csv", [["name"], ["x" * 200_000]])

    assert "could not be read" in one_message(path)


# Huge dimensions, in bounded time


def test_one_cell_at_the_last_row_and_column_is_refused_within_seconds(tmp_path):
    workbook = Workbook()
    workbook.active["A1"] = "name"
    workbook.active["XFD1048576"] = "x"
    path = tmp_path / "far-corner.xlsx"
    workbook.save(path)
    assert path.stat().st_size < 10_000

    started = time.monotonic()
    message = one_message(path)

    assert time.monotonic() - started < 3
    assert "rows" in message or "columns" in message


def test_a_workbook_that_unpacks_to_more_than_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "packed.xlsx", [["name"], *[["Anstey"]] * 50])
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(part.file_size for part in archive.infolist())

    monkeypatch.setattr(spreadsheets, "MAX_UNPACKED_BYTES", unpacked)
    assert len(read_rows(path)) == 50
    monkeypatch.setattr(spreadsheets, "MAX_UNPACKED_BYTES", unpacked - 1)
    assert "too big" in one_message(path)


def test_a_file_larger_than_the_limit_is_refused_before_reading(tmp_path, suffix, monkeypatch):
    path = write_table(tmp_path / f"big.{suffix}", [["name"], ["Anstey"]])

    monkeypatch.setattr(spreadsheets, "MAX_FILE_BYTES", path.stat().st_size)
    assert read_rows(path) == [{"name": "Anstey"}]
    monkeypatch.setattr(spreadsheets, "MAX_FILE_BYTES", path.stat().st_size - 1)
    assert "too big" in one_message(path)


# Row and column limits, both sides


def test_the_row_limit_is_read_and_one_more_is_refused(tmp_path, suffix):
    limit = spreadsheets.MAX_DATA_ROWS
    at_limit = write_table(tmp_path / f"at-limit.{suffix}", [["name"], *[["Anstey"]] * limit])
    over = write_table(tmp_path / f"over.{suffix}", [["name"], *[["Anstey"]] * (limit + 1)])

    assert len(read_rows(at_limit)) == limit
    assert f"more than {limit} rows" in one_message(over)


def test_the_column_limit_is_read_and_one_more_is_refused(tmp_path, suffix):
    limit = spreadsheets.MAX_COLUMNS
    headings = [f"column {n}" for n in range(1, limit + 2)]
    at_limit = write_table(tmp_path / f"at-limit.{suffix}", [headings[:limit], ["x"] * limit])
    over = write_table(tmp_path / f"over.{suffix}", [headings, ["x"] * (limit + 1)])

    assert len(read_rows(at_limit)[0]) == limit
    assert f"more than {limit} columns" in one_message(over)


# Through the import command


@pytest.mark.django_db
def test_importing_a_corrupt_workbook_says_so_and_changes_nothing(tmp_path):
    path = tmp_path / "libraries.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    before = list(CommunityLibraryPage.objects.values_list("pk", "title", "latest_revision_id"))
    err = io.StringIO()

    with pytest.raises(CommandError, match="Nothing was changed"):
        call_command("import_libraries", str(path), "--apply", stderr=err)

    assert "could not be opened" in err.getvalue()
    assert list(CommunityLibraryPage.objects.values_list("pk", "title", "latest_revision_id")) == before

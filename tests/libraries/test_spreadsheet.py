"""Reading and writing the libraries spreadsheet: the cell formats, the headers and the row checks."""

import csv
from datetime import date, time
from decimal import Decimal

import pytest
from openpyxl import Workbook

from home.spreadsheet_sections import Change
from home.spreadsheets import (
    CellError,
    RowError,
    SpreadsheetError,
    parse_district,
    protect_cell,
    unprotect_cell,
)
from libraries.factories import CommunityLibraryPageFactory
from libraries.models import LibraryService
from libraries.opening_hours import DateException, WeeklySession
from libraries.spreadsheet import (
    format_closures,
    format_opening_hours,
    parse_closures,
    parse_opening_hours,
    parse_services,
    section,
)

COLUMNS = section.headers
read_rows = section.read


def plan_import(rows):
    plan = section.plan(rows)
    if plan.errors:
        raise SpreadsheetError(plan.errors)
    return plan.rows


def row(**cells):
    """A good spreadsheet row, with the cells given changed."""
    return {
        "name": "Anstey Library",
        "town": "Anstey",
        "address": "1 Main Street",
        "postcode": "LE7 7AA",
        "district": "Charnwood",
        **cells,
    }


def errors_from(rows):
    with pytest.raises(SpreadsheetError) as raised:
        plan_import(rows)
    return raised.value.errors


def test_opening_hours_accept_short_and_full_day_names_in_any_case():
    sessions = parse_opening_hours("mon 10:00-13:00, 14:00-17:00; WEDNESDAY 09:30-12:00; Thurs 18:00-00:00")

    assert sessions == [
        WeeklySession(time(10), time(13), weekday=0),
        WeeklySession(time(14), time(17), weekday=0),
        WeeklySession(time(9, 30), time(12), weekday=2),
        WeeklySession(time(18), time(0), weekday=3),
    ]
    assert format_opening_hours(sessions) == "Mon 10:00-13:00, 14:00-17:00; Wed 09:30-12:00; Thu 18:00-00:00"


def test_closing_before_opening_is_explained_for_a_volunteer():
    with pytest.raises(CellError, match="On Tuesday, 13:00-10:00 closes before it opens"):
        parse_opening_hours("Tue 13:00-10:00")


def test_overlapping_sessions_on_the_same_day_are_explained():
    with pytest.raises(CellError, match="On Monday, 10:00-13:00 and 12:00-14:00 overlap"):
        parse_opening_hours("Mon 10:00-13:00; Tue 12:00-14:00; Mon 12:00-14:00")


def test_an_unknown_day_or_time_says_how_to_write_it():
    with pytest.raises(CellError, match='"Mnday" is not a day of the week'):
        parse_opening_hours("Mnday 10:00-12:00")
    with pytest.raises(CellError, match="Write opening times like 10:00-13:00"):
        parse_opening_hours("Mon 10am-1pm")


def test_closures_read_date_ranges_special_hours_and_reasons():
    exceptions = parse_closures(
        "2027-01-02 10:00-12:00 (New Year hours); 2026-12-25 to 2026-12-27 closed (Christmas); "
        "30/05/2027 closed"
    )

    assert exceptions == [
        DateException(date(2026, 12, 25), date(2026, 12, 27), reason="Christmas"),
        DateException(date(2027, 1, 2), date(2027, 1, 2), time(10), time(12), "New Year hours"),
        DateException(date(2027, 5, 30), date(2027, 5, 30)),
    ]
    assert format_closures(exceptions) == (
        "2026-12-25 to 2026-12-27 closed (Christmas); 2027-01-02 10:00-12:00 (New Year hours); "
        "2027-05-30 closed"
    )


def test_a_closure_reason_may_contain_a_semicolon():
    text = "2027-03-01 to 2027-03-31 closed (Refurbishment; open again in April)"

    assert parse_closures(text)[0].reason == "Refurbishment; open again in April"
    assert format_closures(parse_closures(text)) == text


def test_a_closure_ending_before_it_starts_is_refused():
    with pytest.raises(CellError, match="the last day is before the first day"):
        parse_closures("2026-12-27 to 2026-12-25 closed")


def test_district_accepts_the_stored_value_or_the_label_in_any_case():
    assert parse_district("north-west-leicestershire") == "north-west-leicestershire"
    assert parse_district("North West Leicestershire") == "north-west-leicestershire"
    assert parse_district("HINCKLEY & BOSWORTH") == "hinckley-and-bosworth"
    with pytest.raises(
        CellError, match='"Rutland" is not a Leicestershire district. Use one of: Blaby, Charnwood'
    ):
        parse_district("Rutland")


@pytest.mark.django_db
def test_services_are_matched_by_name_or_slug_and_an_unknown_one_lists_the_valid_names():
    services = list(LibraryService.objects.all())

    chosen = parse_services("work-club; café ;Adult learning", services)

    assert [service.slug for service in chosen] == ["adult-learning", "work-club", "cafe"]
    with pytest.raises(
        CellError, match='There is no service called "Lego club". The services are: Adult learning'
    ):
        parse_services("Café; Lego club", services)


def test_formula_cells_get_an_apostrophe_and_the_importer_removes_it():
    for dangerous in ('=HYPERLINK("http://evil.example")', "+44 116 000 0000", "-2+3", "@SUM(A1)", "\tx"):
        assert protect_cell(dangerous) == f"'{dangerous}"
        assert unprotect_cell(protect_cell(dangerous)) == dangerous
    assert protect_cell("-1.2062") == "-1.2062"
    assert protect_cell("Anstey") == "Anstey"
    assert unprotect_cell("'Tis the season") == "'Tis the season"


def test_read_rows_reads_a_csv_with_excels_byte_order_mark(tmp_path):
    path = tmp_path / "libraries.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows(
            [
                [" Name ", "Town", "Address", "Postcode", "District"],
                ["Café Library", "Anstey", "1 Main St\nAnstey", "le7 7aa", "Charnwood"],
            ]
        )

    assert read_rows(path) == [
        {
            "name": "Café Library",
            "town": "Anstey",
            "address": "1 Main St\nAnstey",
            "postcode": "le7 7aa",
            "district": "Charnwood",
        }
    ]


def test_read_rows_reads_an_xlsx_with_numbers_and_empty_cells(tmp_path):
    path = tmp_path / "libraries.xlsx"
    workbook = Workbook()
    workbook.active.append(
        ["name", "town", "address", "postcode", "district", "latitude", "charity_number", "phone"]
    )
    workbook.active.append(
        ["Anstey Library", "Anstey", "1 Main St", "LE7 7AA", "charnwood", 52.6712, 1234567, None]
    )
    workbook.save(path)

    assert read_rows(path) == [
        {
            "name": "Anstey Library",
            "town": "Anstey",
            "address": "1 Main St",
            "postcode": "LE7 7AA",
            "district": "charnwood",
            "latitude": "52.6712",
            "charity_number": "1234567",
            "phone": "",
        }
    ]


def test_an_unknown_header_is_refused_and_named(tmp_path):
    path = tmp_path / "libraries.csv"
    path.write_text("name,town,address,postcode,district,colour\n")

    with pytest.raises(SpreadsheetError) as raised:
        read_rows(path)

    assert [str(error) for error in raised.value.errors] == [
        f'Row 1, column "colour": This is not a column we know. The columns are: {", ".join(COLUMNS)}.'
    ]


def test_a_missing_required_header_is_refused(tmp_path):
    path = tmp_path / "libraries.csv"
    path.write_text("name,town,address,district\n")

    with pytest.raises(SpreadsheetError) as raised:
        read_rows(path)

    assert [(error.row, error.column) for error in raised.value.errors] == [(1, "postcode")]


@pytest.mark.django_db
def test_every_problem_in_every_row_is_reported_with_its_row_number():
    rows = [
        row(),
        dict.fromkeys(row(), ""),
        row(name="Barrow Library", postcode="nowhere", email="not-an-email"),
    ]

    errors = errors_from(rows)

    assert errors == [
        RowError(4, "postcode", "Enter a real UK postcode, like LE12 9AB."),
        RowError(4, "email", "Enter an email address, like library@example.org.uk."),
    ]


@pytest.mark.django_db
def test_a_slug_used_twice_in_the_file_is_an_error_on_the_later_row():
    errors = errors_from([row(), row(name="Barrow Library"), row(name="Anstey library")])

    assert errors == [
        RowError(
            4, "name", 'Row 2 is already the library "anstey-library". A library can be in the file once.'
        )
    ]


@pytest.mark.django_db
def test_a_row_with_an_existing_libraries_slug_plans_an_update_of_only_the_changed_columns():
    library = CommunityLibraryPageFactory(
        title="Anstey Library", slug="anstey", town="Anstey", postcode="LE7 7AA"
    )

    plan = plan_import(
        [row(slug="anstey", name="Anstey Library", address="1 Example Street", phone="0116 000 0000")]
    )[0]

    assert plan.item == library
    assert plan.action == "update"
    assert plan.changes == [Change("phone", old="", new="0116 000 0000")]


@pytest.mark.django_db
def test_values_are_normalised_for_the_page():
    plan = plan_import(
        [
            row(
                postcode="le7  7aa",
                district="north west leicestershire",
                website="www.example.org.uk",
                latitude="52.6712",
            )
        ]
    )[0]

    assert plan.action == "create"
    assert plan.key == "anstey-library"
    assert plan.values["postcode"] == "LE7 7AA"
    assert plan.values["district"] == "north-west-leicestershire"
    assert plan.values["website"] == "https://www.example.org.uk"
    assert plan.values["latitude"] == Decimal("52.671200")

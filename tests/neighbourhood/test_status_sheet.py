"""The status sheet downloads from the index page, and their round trip through import_np_status."""

import csv
import io
from datetime import date, datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from openpyxl import Workbook, load_workbook
from wagtail.models import Revision

from home.dates import local_today
from home.spreadsheets import RowError, protect_cell, read_rows, unprotect_cell
from neighbourhood.factories import NeighbourhoodPlanPageFactory, milestone
from neighbourhood.models import NeighbourhoodPlanPage
from neighbourhood.spreadsheet import section

pytestmark = pytest.mark.django_db

COLUMNS = section.headers

NO_CHANGES = "Would create 0 plans.\nWould update 0 plans.\n"


@pytest.fixture
def sample_plans():
    """Plans that use every column, in two districts, with text that looks like a formula."""
    return [
        NeighbourhoodPlanPageFactory(
            area_name="Lowesby (test)",
            district="harborough",
            group_name='=HYPERLINK("https://example.org")',
            contact_name="-Jo Bloggs",
            contact_email="clerk@lowesby.example.org.uk",
            milestones=[
                milestone("designated", "2019-01-14"),
                milestone("pre-submission", "2020-05-01", "2020-06-12", how_to_respond="<p>Write to us.</p>"),
                milestone("submission", "2021-01-04", "2021-02-15"),
                milestone("examination", "2021-04-01", "2021-06-30"),
                milestone("referendum", "2021-09-09", turnout="40", yes_percent="88.5"),
                milestone("made", "2021-10-18"),
            ],
        ),
        NeighbourhoodPlanPageFactory(
            area_name="Tilton (test)",
            district="harborough",
            milestones=[milestone("designated", "2024-02-01"), milestone("referendum", "2099-03-01")],
        ),
        NeighbourhoodPlanPageFactory(area_name="Groby (test)", district="hinckley-and-bosworth"),
    ]


def download(rf, page, name, **params):
    """The index page's own download view (status.csv or status.xlsx) for a request with these filters."""
    view = {"status.csv": page.status_csv, "status.xlsx": page.status_xlsx}[name]
    response = view(rf.get(f"{page.url}{name}", params))
    assert response.status_code == 200
    return response


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "a byte order mark, so Excel reads the file as UTF-8"
    return list(csv.reader(io.StringIO(text[1:])))


def live_plans(index):
    return NeighbourhoodPlanPage.objects.child_of(index).live().public()


def test_the_csv_download_holds_the_status_of_the_filtered_district_only(rf, np_index, sample_plans):
    response = download(rf, np_index, "status.csv", district="harborough")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="neighbourhood-plan-status-{local_today():%Y-%m-%d}.csv"'
    )
    header, *rows = csv_rows(response)
    assert header == COLUMNS
    slugs = [row[0] for row in rows]
    assert sorted(slugs) == sorted(
        live_plans(np_index).filter(district="harborough").values_list("slug", flat=True)
    )
    assert {row[2] for row in rows} == {"Harborough"}
    assert "groby-test-neighbourhood-plan" not in slugs
    lowesby = dict(zip(header, rows[slugs.index("lowesby-test-neighbourhood-plan")], strict=True))
    assert lowesby | {"slug": ""} == {
        "slug": "",
        "area": "Lowesby (test)",
        "district": "Harborough",
        "group": '\'=HYPERLINK("https://example.org")',
        "contact_name": "'-Jo Bloggs",
        "contact_email": "clerk@lowesby.example.org.uk",
        "designated": "2019-01-14",
        "pre_submission_start": "2020-05-01",
        "pre_submission_end": "2020-06-12",
        "submission_start": "2021-01-04",
        "submission_end": "2021-02-15",
        "examination_start": "2021-04-01",
        "examination_end": "2021-06-30",
        "referendum": "2021-09-09",
        "turnout": "40",
        "yes_percent": "88.5",
        "made": "2021-10-18",
        "current_stage": "Made",
    }


@pytest.mark.parametrize(
    ("link_text", "fmt", "content_type"),
    [
        ("CSV", "csv", "text/csv; charset=utf-8"),
        ("Excel (XLSX)", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ],
)
def test_the_index_page_links_to_the_status_sheet_for_its_filter(
    client, np_index, sample_plans, link_text, fmt, content_type
):
    page = BeautifulSoup(client.get(np_index.url, {"district": "harborough"}).content, "html.parser")
    link = next(a for a in page.select("a.govuk-link") if a.get_text(" ", strip=True).startswith(link_text))
    assert link["href"] == f"{np_index.url}status-sheet/{fmt}/?district=harborough"

    response = client.get(link["href"])

    assert response.status_code == 200
    assert response["Content-Type"] == content_type


def test_the_download_follows_the_stage_filter_too(rf, np_index, sample_plans):
    header, *rows = csv_rows(download(rf, np_index, "status.csv", stage="made"))

    assert "lowesby-test-neighbourhood-plan" in [row[0] for row in rows]
    assert {row[-1] for row in rows} == {"Made"}


def test_the_xlsx_download_opens_with_a_bold_header_real_dates_and_numbers(
    rf, np_index, sample_plans, tmp_path
):
    response = download(rf, np_index, "status.xlsx", district="harborough")

    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].endswith(f'-{local_today():%Y-%m-%d}.xlsx"')
    (tmp_path / "status.xlsx").write_bytes(response.content)
    sheet = load_workbook(tmp_path / "status.xlsx").worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert header == COLUMNS
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.column_dimensions["A"].width > 8
    row = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "lowesby-test-neighbourhood-plan")
    cells = dict(zip(header, row, strict=True))
    assert cells["designated"].value == datetime(2019, 1, 14)
    assert cells["designated"].is_date
    assert cells["turnout"].value == 40
    assert cells["yes_percent"].value == 88.5
    assert cells["group"].value == '=HYPERLINK("https://example.org")'
    assert cells["group"].data_type == "s", "text that looks like a formula is stored as text"
    assert cells["pre_submission_end"].value == datetime(2020, 6, 12)
    assert cells["made"].value == datetime(2021, 10, 18)
    assert cells["current_stage"].value == "Made"
    assert sheet.max_row - 1 == live_plans(np_index).filter(district="harborough").count()


def test_the_download_makes_few_queries_however_many_plans(
    rf, np_index, sample_plans, django_assert_max_num_queries
):
    for area in ("Skeffington (test)", "Rolleston (test)", "Noseley (test)"):
        NeighbourhoodPlanPageFactory(area_name=area, milestones=[milestone("designated", "2024-01-01")])

    # A fixed number of queries (the plans, then all their milestones at once), none per plan.
    with django_assert_max_num_queries(4):
        download(rf, np_index, "status.xlsx")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_download_imports_back_without_changes(rf, np_index, sample_plans, tmp_path, capsys, fmt):
    path = tmp_path / f"status.{fmt}"
    path.write_bytes(download(rf, np_index, f"status.{fmt}").content)
    revisions = Revision.objects.count()

    call_command("import_np_status", str(path))
    call_command("import_np_status", str(path), "--apply")

    out = capsys.readouterr().out
    assert out.startswith(NO_CHANGES)
    assert f"{live_plans(np_index).count()} plans already match the spreadsheet." in out
    assert Revision.objects.count() == revisions


def test_current_stage_is_only_for_reading_and_the_import_ignores_it(
    rf, np_index, sample_plans, tmp_path, capsys
):
    header, *rows = csv_rows(download(rf, np_index, "status.csv", district="harborough"))
    for row in rows:
        row[-1] = "Made"
    path = tmp_path / "status.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([header, *rows])

    call_command("import_np_status", str(path))

    assert capsys.readouterr().out.startswith(NO_CHANGES)


def test_an_edited_download_updates_the_plan_and_keeps_how_to_respond(rf, np_index, sample_plans, tmp_path):
    header, *rows = csv_rows(download(rf, np_index, "status.csv", district="harborough"))
    lowesby = next(row for row in rows if row[0] == "lowesby-test-neighbourhood-plan")
    lowesby[header.index("pre_submission_end")] = "19/06/2020"
    path = tmp_path / "status.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([header, *rows])

    call_command("import_np_status", str(path), "--apply")

    plan = NeighbourhoodPlanPage.objects.get(pk=sample_plans[0].pk)
    pre_submission = plan.milestones.get(stage="pre-submission")
    assert (pre_submission.end_date, pre_submission.how_to_respond) == (
        date(2020, 6, 19),
        "<p>Write to us.</p>",
    )
    assert plan.group_name == '=HYPERLINK("https://example.org")', "the guarding apostrophe is taken off"
    assert plan.milestones.count() == 6


def test_the_reader_gives_text_cells_with_lower_case_headings_from_either_format(tmp_path):
    workbook = Workbook()
    workbook.active.append([" Area", "Designated", "Turnout", "Notes"])
    workbook.active.append(["Anstey", datetime(2021, 3, 1), 34.0, None])
    workbook.active.append([None, None, None, None])
    workbook.active.append(["'=Barrow", date(2022, 2, 1), 0.5, "x"])
    workbook.active["C4"].number_format = "0%"
    workbook.save(tmp_path / "sheet.xlsx")

    assert read_rows(tmp_path / "sheet.xlsx") == [
        {"area": "Anstey", "designated": "2021-03-01", "turnout": "34", "notes": ""},
        {"area": "", "designated": "", "turnout": "", "notes": ""},
        {"area": "=Barrow", "designated": "2022-02-01", "turnout": "50", "notes": "x"},
    ]
    (tmp_path / "sheet.csv").write_text("\ufeffArea ,Designated\nAnstey,2021-03-01\n", encoding="utf-8")
    assert read_rows(tmp_path / "sheet.csv") == [{"area": "Anstey", "designated": "2021-03-01"}]


def test_the_formula_guard_round_trips_and_leaves_plain_numbers_alone():
    assert protect_cell("=1+2") == "'=1+2"
    assert protect_cell("@SUM(A1)") == "'@SUM(A1)"
    assert protect_cell("-1.5") == "-1.5"
    assert protect_cell("Anstey") == "Anstey"
    assert unprotect_cell(protect_cell("=1+2")) == "=1+2"
    assert unprotect_cell("'tis") == "'tis"
    assert str(RowError(4, "referendum", "Wrong.")) == 'Row 4, column "referendum": Wrong.'
    assert str(RowError(1, "", "Empty.")) == "Row 1: Empty."

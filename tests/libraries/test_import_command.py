"""manage.py import_libraries: a dry run by default, --apply to write, and all or nothing."""

import csv
from datetime import date, time

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook
from wagtail.models import PageLogEntry, Revision

from libraries.factories import CommunityLibraryPageFactory, LibraryOpeningSessionFactory
from libraries.models import CommunityLibraryPage, LibraryIndexPage

pytestmark = pytest.mark.django_db

HEADER = [
    "slug",
    "name",
    "town",
    "address",
    "postcode",
    "district",
    "services",
    "opening_hours",
    "closures",
    "email",
]
ANSTEY = {
    "name": "Anstey Community Library",
    "town": "Anstey",
    "address": "The Nook\nAnstey",
    "postcode": "le7 7aa",
    "district": "Charnwood",
    "services": "Café; work-club",
    "opening_hours": "Mon 10:00-13:00, 14:00-17:00; Sat 09:30-12:00",
    "closures": "2026-12-25 to 2026-12-27 closed (Christmas); 2027-01-02 10:00-12:00 (New Year hours)",
    "email": "anstey.library@example.org.uk",
}
BARROW = {
    "slug": "barrow",
    "name": "Barrow upon Soar Library",
    "town": "Barrow upon Soar",
    "address": "2 High Street",
    "postcode": "LE12 8PY",
    "district": "charnwood",
}


def write_csv(path, rows, header=HEADER):
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def libraries():
    return CommunityLibraryPage.objects.child_of(LibraryIndexPage.objects.get())


def database_state():
    return {
        "pages": sorted(libraries().values_list("slug", "title", "postcode", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
    }


def run_import(path, *args):
    call_command("import_libraries", str(path), *args)


def test_a_dry_run_reports_what_would_change_and_changes_nothing(tmp_path, capsys):
    CommunityLibraryPageFactory(title="Barrow Library", slug="barrow")
    path = write_csv(tmp_path / "libraries.csv", [ANSTEY, BARROW])
    before = database_state()

    run_import(path)

    assert database_state() == before
    out = capsys.readouterr().out
    assert "Would create 1 library.\n  Create: Anstey Community Library (row 2)" in out
    assert (
        "Update: Barrow upon Soar Library (row 3): "
        "changes name, town, address, postcode, latitude, longitude\n"
        "    No latitude and longitude: placed on the map at Barrow upon Soar, from the gazetteer." in out
    )
    assert out.endswith("Dry run: nothing was changed. Run again with --apply to make these changes.\n")


def test_apply_creates_a_published_library_with_its_hours_services_and_closures(tmp_path, capsys):
    path = write_csv(tmp_path / "libraries.csv", [ANSTEY])

    run_import(path, "--apply")

    library = libraries().get(slug="anstey-community-library")
    assert library.live and library.latest_revision is not None
    assert (library.title, library.postcode, library.district) == (
        "Anstey Community Library",
        "LE7 7AA",
        "charnwood",
    )
    assert library.address == "The Nook\nAnstey"
    assert [service.slug for service in library.services.all()] == ["work-club", "cafe"]
    assert [(s.weekday, s.opens, s.closes) for s in library.weekly_sessions] == [
        (0, time(10), time(13)),
        (0, time(14), time(17)),
        (5, time(9, 30), time(12)),
    ]
    assert [(e.start, e.end, e.opens, e.closes, e.reason) for e in library.exceptions] == [
        (date(2026, 12, 25), date(2026, 12, 27), None, None, "Christmas"),
        (date(2027, 1, 2), date(2027, 1, 2), time(10), time(12), "New Year hours"),
    ]
    assert PageLogEntry.objects.filter(page=library, action="wagtail.create").exists()
    assert "Created 1 library, updated 0 libraries" in capsys.readouterr().out


def test_apply_updates_an_existing_library_replacing_its_hours_and_publishing_a_revision(tmp_path):
    library = CommunityLibraryPageFactory(title="Barrow Library", slug="barrow", phone="0116 000 0000")
    LibraryOpeningSessionFactory(page=library, weekday=1, opens=time(9), closes=time(12))
    path = write_csv(
        tmp_path / "libraries.csv", [BARROW | {"opening_hours": "Wed 14:00-00:00", "services": "parking"}]
    )

    run_import(path, "--apply")

    library = CommunityLibraryPage.objects.get(pk=library.pk)
    assert (library.title, library.town, library.postcode) == (
        "Barrow upon Soar Library",
        "Barrow upon Soar",
        "LE12 8PY",
    )
    assert library.phone == "0116 000 0000", "a column left out of the file is left alone"
    assert [(s.weekday, s.opens, s.closes) for s in library.weekly_sessions] == [(2, time(14), time(0))]
    assert [service.slug for service in library.services.all()] == ["parking"]
    assert library.live and not library.has_unpublished_changes
    assert library.latest_revision.content["title"] == "Barrow upon Soar Library"
    assert PageLogEntry.objects.filter(page=library, action="wagtail.publish").exists()


def test_a_library_that_already_matches_is_left_without_a_new_revision(tmp_path, capsys):
    CommunityLibraryPageFactory(
        slug="barrow",
        title=BARROW["name"],
        town=BARROW["town"],
        address=BARROW["address"],
        postcode="LE12 8PY",
    )
    path = write_csv(tmp_path / "libraries.csv", [BARROW])
    before = database_state()

    run_import(path, "--apply")

    assert database_state() == before
    assert "1 library unchanged" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("bad_cells", "column", "message"),
    [
        ({"postcode": "LE1"}, "postcode", "Enter a real UK postcode, like LE12 9AB."),
        ({"district": "Leicester City"}, "district", '"Leicester City" is not a Leicestershire district.'),
        (
            {"services": "Café; Lego club"},
            "services",
            'There is no service called "Lego club". The services are:',
        ),
        (
            {"opening_hours": "Mon 10:00-13:00, 12:30-15:00"},
            "opening_hours",
            "On Monday, 10:00-13:00 and 12:30-15:00 overlap.",
        ),
        (
            {"opening_hours": "Fri 17:00-09:00"},
            "opening_hours",
            "On Friday, 17:00-09:00 closes before it opens.",
        ),
        ({"email": "anstey at example"}, "email", "Enter an email address, like library@example.org.uk."),
        ({"closures": "Christmas Day"}, "closures", '"Christmas Day" is not a closure we understand.'),
    ],
)
def test_one_bad_row_among_good_rows_changes_nothing_and_names_the_row_and_column(
    tmp_path, capsys, bad_cells, column, message
):
    CommunityLibraryPageFactory(title="Barrow Library", slug="barrow")
    bad_row = ANSTEY | {"name": "Birstall Library"} | bad_cells
    path = write_csv(tmp_path / "libraries.csv", [ANSTEY, BARROW, bad_row])
    before = database_state()

    with pytest.raises(CommandError, match="1 problem in libraries.csv. Nothing was changed"):
        run_import(path, "--apply")

    assert database_state() == before
    assert capsys.readouterr().err.startswith(f'Row 4, column "{column}": {message}')


def test_an_xlsx_file_imports_like_a_csv(tmp_path):
    path = tmp_path / "libraries.xlsx"
    workbook = Workbook()
    workbook.active.append([*HEADER, "latitude", "longitude", "charity_number"])
    for row in (ANSTEY, BARROW):
        workbook.active.append([row.get(column, None) for column in HEADER] + [52.6712, -1.1923, 1234567])
    workbook.save(path)

    run_import(path, "--apply")

    anstey = libraries().get(slug="anstey-community-library")
    assert [(s.weekday, s.opens) for s in anstey.weekly_sessions] == [
        (0, time(10)),
        (0, time(14)),
        (5, time(9, 30)),
    ]
    assert (str(anstey.latitude), str(anstey.longitude), anstey.charity_number) == (
        "52.671200",
        "-1.192300",
        "1234567",
    )
    assert libraries().get(slug="barrow").title == "Barrow upon Soar Library"


def test_an_unknown_header_is_refused_and_nothing_changes(tmp_path, capsys):
    path = write_csv(tmp_path / "libraries.csv", [ANSTEY | {"colour": "red"}], header=[*HEADER, "colour"])
    before = database_state()

    with pytest.raises(CommandError, match="Nothing was changed"):
        run_import(path, "--apply")

    assert database_state() == before
    assert 'Row 1, column "colour": This is not a column we know.' in capsys.readouterr().err


def test_a_missing_file_or_another_kind_of_file_is_refused_clearly(tmp_path):
    with pytest.raises(CommandError, match="There is no file at"):
        run_import(tmp_path / "missing.csv")

    (tmp_path / "libraries.ods").write_text("")
    with pytest.raises(CommandError, match=r"libraries.ods is not a .csv or .xlsx file"):
        run_import(tmp_path / "libraries.ods")


def test_a_csv_not_saved_as_utf8_says_how_to_save_it(tmp_path, capsys):
    path = tmp_path / "libraries.csv"
    path.write_bytes(
        "name,town,address,postcode,district\nCafé,Anstey,1 Main St,LE7 7AA,Charnwood\n".encode("cp1252")
    )

    with pytest.raises(CommandError):
        run_import(path)

    assert "CSV UTF-8" in capsys.readouterr().err


def test_a_dry_run_warns_that_an_update_would_publish_an_unpublished_library(tmp_path, capsys):
    CommunityLibraryPageFactory(title="Barrow Library", slug="barrow", live=False)

    run_import(write_csv(tmp_path / "libraries.csv", [BARROW]))

    assert "It is not published now: the import will publish it." in capsys.readouterr().out

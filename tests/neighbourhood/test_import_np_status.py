"""manage.py import_np_status: a dry run by default, --apply to write, and all or nothing."""

import csv
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook
from wagtail.models import PageLogEntry, Revision

from neighbourhood.factories import NeighbourhoodPlanPageFactory, milestone
from neighbourhood.models import NeighbourhoodPlanningIndexPage, NeighbourhoodPlanPage, PlanMilestone

pytestmark = pytest.mark.django_db

HEADER = [
    "slug",
    "area",
    "district",
    "group",
    "contact_email",
    "designated",
    "pre_submission_start",
    "pre_submission_end",
    "examination_start",
    "examination_end",
    "referendum",
    "turnout",
    "yes_percent",
]
ANSTEY = {
    "area": "Anstey",
    "district": "charnwood",
    "group": "Anstey Parish Council",
    "contact_email": "clerk@anstey.example.org.uk",
    "designated": "2021-03-01",
    "pre_submission_start": "01/05/2023",
    "pre_submission_end": "2023-06-15",
    "examination_start": "2024-01-08",
    "examination_end": "2024-03-29",
    "referendum": "2024-06-06",
    "turnout": "34.1",
    "yes_percent": "91.6%",
}
BARROW = {
    "slug": "barrow",
    "area": "Barrow upon Soar",
    "district": "Charnwood",
    "designated": "2022-02-01",
}


def write_csv(path, rows, header=HEADER):
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def plans():
    return NeighbourhoodPlanPage.objects.child_of(NeighbourhoodPlanningIndexPage.objects.get())


def milestones_of(page):
    return [
        (m.stage, m.date, m.end_date, m.turnout, m.yes_percent)
        for m in PlanMilestone.objects.filter(page=page).order_by("sort_order")
    ]


def database_state():
    return {
        "pages": sorted(
            plans().values_list("slug", "title", "area_name", "district", "live", "latest_revision_id")
        ),
        "milestones": sorted(
            PlanMilestone.objects.values_list(
                "page__slug", "stage", "date", "end_date", "turnout", "yes_percent", "how_to_respond"
            )
        ),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
    }


def run_import(path, *args):
    call_command("import_np_status", str(path), *args)


def barrow_plan(**fields):
    return NeighbourhoodPlanPageFactory(
        slug="barrow", area_name="Barrow", milestones=[milestone("designated", "2022-01-01")], **fields
    )


def test_a_dry_run_reports_what_would_change_and_changes_nothing(tmp_path, capsys):
    barrow_plan()
    path = write_csv(tmp_path / "status.csv", [ANSTEY, BARROW])
    before = database_state()

    run_import(path)

    assert database_state() == before
    out = capsys.readouterr().out
    assert "Would create 1 plan.\n  Create: Anstey Neighbourhood Plan (row 2)" in out
    assert (
        "Would update 1 plan.\n  Update: Barrow Neighbourhood Plan (row 3): changes area, designated" in out
    )
    assert "0 plans already match the spreadsheet." in out
    assert out.endswith("Dry run: nothing was changed. Run again with --apply to make these changes.\n")


def test_apply_creates_a_published_plan_with_its_milestones(tmp_path, capsys):
    count = plans().count()

    run_import(write_csv(tmp_path / "status.csv", [ANSTEY]), "--apply")

    assert plans().count() == count + 1
    plan = plans().get(slug="anstey-neighbourhood-plan")
    assert (plan.title, plan.area_name, plan.district, plan.group_name, plan.contact_email) == (
        "Anstey Neighbourhood Plan",
        "Anstey",
        "charnwood",
        "Anstey Parish Council",
        "clerk@anstey.example.org.uk",
    )
    assert plan.live and plan.latest_revision is not None
    assert milestones_of(plan) == [
        ("designated", date(2021, 3, 1), None, None, None),
        ("pre-submission", date(2023, 5, 1), date(2023, 6, 15), None, None),
        ("examination", date(2024, 1, 8), date(2024, 3, 29), None, None),
        ("referendum", date(2024, 6, 6), None, Decimal("34.1"), Decimal("91.6")),
    ]
    assert plan.current_stage == "referendum"
    assert PageLogEntry.objects.filter(page=plan, action="wagtail.create").exists()
    assert "Created 1 plan, updated 0 plans; 0 plans unchanged." in capsys.readouterr().out


def test_apply_updates_only_the_stages_in_the_file_and_keeps_how_to_respond(tmp_path):
    plan = NeighbourhoodPlanPageFactory(
        slug="barrow",
        area_name="Barrow upon Soar",
        milestones=[
            milestone("designated", "2022-01-01"),
            milestone("pre-submission", "2023-05-01", "2023-06-01", how_to_respond="<p>Email the clerk.</p>"),
            milestone("submission", "2023-09-01", "2023-10-13"),
        ],
    )
    header = ["slug", "area", "district", "pre_submission_start", "pre_submission_end", "examination_start"]
    row = {
        "slug": "barrow",
        "area": "Barrow upon Soar",
        "district": "charnwood",
        "pre_submission_start": "2023-05-01",
        "pre_submission_end": "2023-06-15",
        "examination_start": "2024-01-08",
    }

    run_import(write_csv(tmp_path / "status.csv", [row], header), "--apply")

    plan = NeighbourhoodPlanPage.objects.get(pk=plan.pk)
    assert milestones_of(plan) == [
        ("designated", date(2022, 1, 1), None, None, None),
        ("pre-submission", date(2023, 5, 1), date(2023, 6, 15), None, None),
        ("submission", date(2023, 9, 1), date(2023, 10, 13), None, None),
        ("examination", date(2024, 1, 8), None, None, None),
    ]
    assert plan.milestones.get(stage="pre-submission").how_to_respond == "<p>Email the clerk.</p>"
    assert plan.live and not plan.has_unpublished_changes
    assert len(plan.latest_revision.content["milestones"]) == 4
    assert PageLogEntry.objects.filter(page=plan, action="wagtail.publish").exists()


def test_an_empty_cell_in_a_stage_column_removes_that_milestone(tmp_path, capsys):
    plan = NeighbourhoodPlanPageFactory(
        slug="barrow",
        area_name="Barrow",
        milestones=[milestone("designated", "2022-01-01"), milestone("referendum", "2099-06-01")],
    )
    row = {"slug": "barrow", "area": "Barrow", "district": "charnwood", "designated": "2022-01-01"}
    path = write_csv(tmp_path / "status.csv", [row], ["slug", "area", "district", "designated", "referendum"])

    run_import(path)
    assert "changes referendum\n    Removes its “Referendum” milestone" in capsys.readouterr().out

    run_import(path, "--apply")
    assert milestones_of(plan) == [("designated", date(2022, 1, 1), None, None, None)]


def test_a_plan_that_already_matches_is_left_without_a_new_revision(tmp_path, capsys):
    barrow_plan(district="harborough")
    row = {"slug": "barrow", "area": "Barrow", "district": "HARBOROUGH", "designated": "01/01/2022"}
    path = write_csv(
        tmp_path / "status.csv", [row], ["slug", "area", "district", "designated", "current_stage"]
    )
    before = database_state()

    run_import(path, "--apply")

    assert database_state() == before
    assert "1 plan unchanged" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("bad_cells", "column", "message"),
    [
        (
            {"designated": "31/02/2024"},
            "designated",
            '"31/02/2024" is not a date. Write dates like 2026-12-25.',
        ),
        (
            {"examination_start": "2024-03-01", "referendum": "2024-02-01"},
            "referendum",
            "Referendum cannot be before independent examination (1 March 2024).",
        ),
        (
            {"referendum": "2099-06-01", "turnout": "40"},
            "turnout",
            "Add the result once the referendum has taken place.",
        ),
        (
            {"referendum": "2099-06-01", "turnout": "", "yes_percent": "80"},
            "yes_percent",
            "Add the result once the referendum has taken place.",
        ),
        ({"district": "Leicester City"}, "district", '"Leicester City" is not a Leicestershire district.'),
        ({"slug": "barrow"}, "slug", 'Row 3 is already the plan "barrow". A plan can be in the file once.'),
        (
            {"pre_submission_end": "2023-04-01"},
            "pre_submission_end",
            "The end date must be on or after the start date.",
        ),
        ({"yes_percent": "101"}, "yes_percent", "Enter a percentage from 0 to 100."),
        ({"turnout": "a third"}, "turnout", '"a third" is not a number.'),
        (
            {"referendum": "", "turnout": "", "yes_percent": "91"},
            "yes_percent",
            "Give the referendum date too, or leave this empty.",
        ),
        ({"contact_email": "clerk at anstey"}, "contact_email", "Enter an email address"),
        ({"area": ""}, "area", "This is needed for every plan."),
    ],
)
def test_one_bad_row_among_good_rows_changes_nothing_and_names_the_row_and_column(
    tmp_path, capsys, bad_cells, column, message
):
    barrow_plan()
    bad_row = ANSTEY | {"area": "Birstall"} | bad_cells
    path = write_csv(tmp_path / "status.csv", [ANSTEY, BARROW, bad_row])
    before = database_state()

    with pytest.raises(CommandError, match="1 problem in status.csv. Nothing was changed"):
        run_import(path, "--apply")

    assert database_state() == before
    assert capsys.readouterr().err.startswith(f'Row 4, column "{column}": {message}')


def test_every_problem_in_every_row_is_listed(tmp_path, capsys):
    rows = [ANSTEY | {"district": "Rutland"}, BARROW | {"designated": "soon", "contact_email": "nobody"}]

    with pytest.raises(CommandError, match="3 problems in status.csv"):
        run_import(write_csv(tmp_path / "status.csv", rows), "--apply")

    err = capsys.readouterr().err
    assert [line.split(":")[0] for line in err.splitlines()] == [
        'Row 2, column "district"',
        'Row 3, column "contact_email"',
        'Row 3, column "designated"',
    ]


def test_a_rule_broken_with_a_date_only_on_the_website_says_so(tmp_path, capsys):
    NeighbourhoodPlanPageFactory(
        slug="barrow",
        area_name="Barrow",
        milestones=[milestone("designated", "2022-01-01"), milestone("pre-submission", "2023-05-01")],
    )
    row = {"slug": "barrow", "area": "Barrow", "district": "charnwood", "designated": "2024-01-01"}

    with pytest.raises(CommandError):
        run_import(write_csv(tmp_path / "status.csv", [row], ["slug", "area", "district", "designated"]))

    assert capsys.readouterr().err.startswith(
        'Row 2, column "pre_submission_start": Pre-submission consultation (Regulation 14) cannot be before '
        "area designated (1 January 2024). (This is on the website now: the file has no "
        "“pre_submission_start” column.)"
    )


def test_a_new_row_for_an_area_that_has_a_plan_under_another_slug_is_refused(tmp_path, capsys):
    NeighbourhoodPlanPageFactory(slug="barrow-np", area_name="Barrow")
    row = {"area": "barrow", "district": "charnwood"}

    with pytest.raises(CommandError):
        run_import(write_csv(tmp_path / "status.csv", [row], ["area", "district"]))

    assert capsys.readouterr().err.startswith(
        'Row 2, column "area": There is already a plan for this area: “Barrow Neighbourhood Plan”. '
        'Put its slug "barrow-np" in the slug column to update it.'
    )

    with pytest.raises(CommandError):
        run_import(
            write_csv(tmp_path / "status.csv", [row | {"slug": "barrow-plan"}], ["slug", "area", "district"])
        )

    assert capsys.readouterr().err.startswith('Row 2, column "slug": There is already a plan for this area')


def test_an_xlsx_file_imports_like_a_csv(tmp_path):
    path = tmp_path / "status.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Area ", "DISTRICT", "Designated", "Referendum", "Turnout", "Yes_Percent"])
    sheet.append(["Anstey", "Hinckley & Bosworth", datetime(2021, 3, 1), date(2024, 6, 6), 34.1, 0.916])
    sheet["F2"].number_format = "0.0%"
    sheet.append(["Barrow upon Soar", "charnwood", "2022-02-01", None, None, None])
    workbook.save(path)

    run_import(path, "--apply")

    anstey = plans().get(slug="anstey-neighbourhood-plan")
    assert anstey.district == "hinckley-and-bosworth"
    assert milestones_of(anstey) == [
        ("designated", date(2021, 3, 1), None, None, None),
        ("referendum", date(2024, 6, 6), None, Decimal("34.1"), Decimal("91.6")),
    ]
    barrow = plans().get(slug="barrow-upon-soar-neighbourhood-plan")
    assert milestones_of(barrow) == [("designated", date(2022, 2, 1), None, None, None)]


def test_an_unknown_or_orphaned_column_is_refused_and_nothing_changes(tmp_path, capsys):
    before = database_state()

    with pytest.raises(CommandError, match="Nothing was changed"):
        run_import(
            write_csv(tmp_path / "a.csv", [ANSTEY | {"colour": "red"}], [*HEADER, "colour"]), "--apply"
        )
    with pytest.raises(CommandError, match="Nothing was changed"):
        run_import(
            write_csv(
                tmp_path / "b.csv",
                [{"area": "Anstey", "district": "blaby"}],
                ["area", "district", "submission_end"],
            )
        )

    assert database_state() == before
    err = capsys.readouterr().err
    assert 'Row 1, column "colour": This is not a column we know.' in err
    assert (
        'Row 1, column "submission_end": This column needs the “submission_start” column in the file too.'
        in err
    )


def test_a_missing_file_or_another_kind_of_file_is_refused_clearly(tmp_path):
    with pytest.raises(CommandError, match="There is no file at"):
        run_import(tmp_path / "missing.csv")

    (tmp_path / "status.ods").write_text("")
    with pytest.raises(CommandError, match=r"status.ods is not a .csv or .xlsx file"):
        run_import(tmp_path / "status.ods")


def test_a_dry_run_warns_that_an_update_would_publish_an_unpublished_plan(tmp_path, capsys):
    barrow_plan().unpublish()

    run_import(write_csv(tmp_path / "status.csv", [BARROW]))

    assert "It is not published now: the import will publish it." in capsys.readouterr().out

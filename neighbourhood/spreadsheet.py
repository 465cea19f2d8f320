"""The neighbourhood plan status sheet: one row per group's plan, read from and downloaded as .csv or .xlsx.

The columns are explained for the Communities Team in docs/neighbourhood-status-sheet.md. An import is two
steps, so that nothing is written unless the whole file is right:

    plans = plan_import(read_rows(path))  # checks every row; SpreadsheetError lists every problem
    report = apply(plans)                 # writes them all in one transaction

`status_sheet_response` downloads the same columns in the same formats, so a download imports back unchanged.
The rules between milestones are the plan page's own (neighbourhood.stages.milestone_errors).
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from wagtail.log_actions import log

from home import spreadsheets
from home.dates import local_today
from home.spreadsheets import (
    CellError,
    ImportReport,
    RowError,
    SpreadsheetError,
    parse_date,
    parse_district,
    publishing_notes,
)
from neighbourhood.models import NeighbourhoodPlanningIndexPage, NeighbourhoodPlanPage, PlanMilestone
from neighbourhood.stages import NOT_STARTED_LABEL, Stage, milestone_errors, short_label, stage_index


@dataclass(frozen=True)
class StageColumns:
    """The columns that hold one stage's milestone."""

    stage: Stage
    date: str
    end_date: str | None = None

    @property
    def columns(self):
        """(column, milestone field) for each of the stage's columns."""
        pairs = [(self.date, "date")]
        if self.end_date:
            pairs.append((self.end_date, "end_date"))
        if self.stage == Stage.REFERENDUM:
            pairs += [(column, column) for column in RESULT_COLUMNS]
        return pairs


STAGE_COLUMNS = [
    StageColumns(Stage.DESIGNATED, "designated"),
    StageColumns(Stage.PRE_SUBMISSION, "pre_submission_start", "pre_submission_end"),
    StageColumns(Stage.SUBMISSION, "submission_start", "submission_end"),
    StageColumns(Stage.EXAMINATION, "examination_start", "examination_end"),
    StageColumns(Stage.REFERENDUM, "referendum"),
    StageColumns(Stage.MADE, "made"),
]
# The referendum's result: percentages from 0 to 100.
RESULT_COLUMNS = ("turnout", "yes_percent")
# The page's own fields, by column.
PAGE_FIELDS = {
    "area": "area_name",
    "district": "district",
    "group": "group_name",
    "contact_name": "contact_name",
    "contact_email": "contact_email",
}
COLUMNS = [
    "slug",
    *PAGE_FIELDS,
    "designated",
    "pre_submission_start",
    "pre_submission_end",
    "submission_start",
    "submission_end",
    "examination_start",
    "examination_end",
    "referendum",
    *RESULT_COLUMNS,
    "made",
    "current_stage",
]
REQUIRED_COLUMNS = ["area", "district"]
# Worked out from the milestones: in the download for reading, ignored by the import.
DERIVED_COLUMNS = ["current_stage"]
DATE_COLUMNS = [column for stage in STAGE_COLUMNS for column in (stage.date, stage.end_date) if column]
# A column that only makes sense next to another: an end date needs its start, a result its referendum.
NEEDS_COLUMN = {
    **{stage.end_date: stage.date for stage in STAGE_COLUMNS if stage.end_date},
    **dict.fromkeys(RESULT_COLUMNS, "referendum"),
}
FRIENDLY_MESSAGES = {
    "contact_email": "Enter an email address, like clerk@example-parish.org.uk.",
}


@dataclass
class PlanRow:
    """What the import will do with one row: create a plan page, update one, or leave it as it is."""

    row: int
    slug: str
    values: dict  # column -> value, for each column in the file that the import reads
    page: NeighbourhoodPlanPage | None = None  # the plan to update; None to create one
    milestones: list = field(default_factory=list)  # the plan's milestones after the import
    changes: list = field(default_factory=list)  # the columns whose value differs from the page now

    @property
    def title(self):
        return self.page.title if self.page else plan_title(self.values["area"])

    @property
    def action(self):
        if self.page is None:
            return "create"
        return "update" if self.changes else "unchanged"

    @property
    def notes(self):
        """Warnings for the dry run about an update: what it removes, and what it publishes or replaces."""
        if self.action != "update":
            return []
        notes = [
            f"Removes its “{stage.stage.label}” milestone (the {stage.date} cell is empty)."
            for stage in STAGE_COLUMNS
            if self.values.get(stage.date, "") is None
            and any(milestone.stage == stage.stage for milestone in self.page.milestone_list)
        ]
        return [*notes, *publishing_notes(self.page)]


def plan_title(area):
    return f"{area} Neighbourhood Plan"


def read_rows(path):
    """The status sheet's data rows, row 2 first, as dicts of column -> cell text."""
    return spreadsheets.read_rows(path, columns=COLUMNS, required=REQUIRED_COLUMNS)


# Checking rows against the site


def plan_import(rows, today=None):
    """A PlanRow for each row, matched by slug (or the slug of "<area> neighbourhood plan") under the index.

    Raises SpreadsheetError listing every problem in every row, so nothing is written unless all is well.
    """
    today = today or local_today()
    rows = list(rows)
    _check_column_pairs(rows[0].keys() if rows else [])
    index = NeighbourhoodPlanningIndexPage.objects.get()
    pages = {
        page.slug: page
        for page in NeighbourhoodPlanPage.objects.child_of(index).prefetch_related("milestones")
    }
    pages_by_area = {page.area_name.casefold(): page for page in pages.values()}
    other_pages = dict(index.get_children().not_type(NeighbourhoodPlanPage).values_list("slug", "title"))

    plans, errors, row_for_slug = [], [], {}
    for row_number, row in enumerate(rows, start=2):
        if not any(row.values()):
            continue
        values, row_errors = parse_row(row_number, row)
        errors += row_errors
        if any(error.column in ("slug", "area") for error in row_errors):
            continue
        slug = values.get("slug") or slugify(f"{values['area']} neighbourhood plan")
        slug_column = "slug" if values.get("slug") else "area"
        problem = _slug_problem(slug, row_for_slug, other_pages)
        if not problem and slug not in pages:
            problem = _same_area_problem(pages_by_area.get(values["area"].casefold()))
        if problem:
            errors.append(RowError(row_number, slug_column, problem))
            continue
        row_for_slug[slug] = row_number
        if row_errors:
            continue
        page = pages.get(slug)
        milestones = milestones_after(page.milestone_list if page else [], values)
        milestone_problems = _milestone_problems(row_number, milestones, values, today)
        if milestone_problems:
            errors += milestone_problems
            continue
        changes = _changed_columns(page, values, milestones) if page else []
        plans.append(PlanRow(row_number, slug, values, page, milestones, changes))

    if errors:
        raise SpreadsheetError(errors)
    return plans


def _check_column_pairs(headers):
    errors = [
        RowError(1, column, f"This column needs the “{needed}” column in the file too.")
        for column, needed in NEEDS_COLUMN.items()
        if column in headers and needed not in headers
    ]
    if errors:
        raise SpreadsheetError(errors)


def _slug_problem(slug, row_for_slug, other_pages):
    if not slug:
        return "Give the plan a slug: the area has no letters or numbers to make one from."
    if slug in row_for_slug:
        return f'Row {row_for_slug[slug]} is already the plan "{slug}". A plan can be in the file once.'
    if slug in other_pages:
        return f'"{slug}" is already the web address of the page "{other_pages[slug]}".'
    return ""


def _same_area_problem(page):
    if page is None:
        return ""
    return (
        f"There is already a plan for this area: “{page.title}”. "
        f'Put its slug "{page.slug}" in the slug column to update it.'
    )


def parse_row(row_number, row):
    """(values, errors) for one row: each cell the import reads, checked and turned into a value."""
    values, errors = {}, []
    for column in COLUMNS:
        if column in row and column not in DERIVED_COLUMNS:
            try:
                values[column] = parse_value(column, row[column])
            except CellError as error:
                errors.append(RowError(row_number, column, str(error)))
    for stage in STAGE_COLUMNS:
        if values.get(stage.date, "") is not None:
            continue
        errors += [
            RowError(row_number, column, f"Give the {stage.date} date too, or leave this empty.")
            for column, _ in stage.columns[1:]
            if values.get(column) is not None
        ]
    return values, errors


def parse_value(column, text):
    """The value from one cell's text, or CellError saying what is wrong with it."""
    if column in DATE_COLUMNS:
        return parse_date(text) if text else None
    if column in RESULT_COLUMNS:
        return parse_percentage(text) if text else None
    if not text:
        if column in REQUIRED_COLUMNS:
            raise CellError("This is needed for every plan.")
        return ""
    if column == "district":
        return parse_district(text)
    if column == "slug":
        return parse_slug(text)
    return _checked_by_page_field(column, text)


def parse_slug(text):
    if slugify(text) != text or len(text) > NeighbourhoodPlanPage._meta.get_field("slug").max_length:
        raise CellError(
            "Use only small letters, numbers and hyphens, like barrow-upon-soar-neighbourhood-plan."
        )
    return text


def parse_percentage(text):
    """ "45.3" or "45.3%" -> Decimal("45.3"), to one decimal place. The milestone rules check the range."""
    try:
        value = Decimal(text.removesuffix("%").strip())
    except InvalidOperation:
        raise CellError(f'"{text}" is not a number. Write a percentage as a number, like 45.3.') from None
    if not value.is_finite():
        raise CellError(f'"{text}" is not a number. Write a percentage as a number, like 45.3.')
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _checked_by_page_field(column, text):
    model_field = NeighbourhoodPlanPage._meta.get_field(PAGE_FIELDS[column])
    if model_field.max_length and len(text) > model_field.max_length:
        raise CellError(f"This is {len(text)} characters long. It can be at most {model_field.max_length}.")
    try:
        model_field.run_validators(text)
    except ValidationError as error:
        raise CellError(FRIENDLY_MESSAGES.get(column) or " ".join(error.messages)) from None
    return text


def milestones_after(current, values):
    """The plan's milestones once a row is imported, as unsaved copies, in stage order.

    A stage whose date column is not in the file keeps its milestones. A stage whose date cell is empty
    loses its milestone. Otherwise the stage's milestone is kept (with its how-to-respond text) and given
    the row's values for the stage's columns in the file, or a new milestone is made.
    """
    milestones = []
    for stage in STAGE_COLUMNS:
        existing = [_copy(milestone) for milestone in current if milestone.stage == stage.stage]
        if stage.date not in values:
            milestones += existing
            continue
        if values[stage.date] is None:
            continue
        milestone = existing[0] if existing else PlanMilestone(stage=stage.stage)
        for column, name in stage.columns:
            if column in values:
                setattr(milestone, name, values[column])
        milestones.append(milestone)
    milestones.sort(key=lambda milestone: (stage_index(milestone.stage), milestone.date))
    for order, milestone in enumerate(milestones):
        milestone.sort_order = order
    return milestones


def _copy(milestone):
    return PlanMilestone(
        **{
            model_field.attname: getattr(milestone, model_field.attname)
            for model_field in PlanMilestone._meta.concrete_fields
        }
    )


def _milestone_problems(row_number, milestones, values, today):
    """The plan page's own milestone rules, each problem named by the sheet's column."""
    problems = []
    facts = [milestone.as_facts() for milestone in milestones]
    for position, fields in milestone_errors(facts, today).items():
        milestone = milestones[position]
        for name, message in fields.items():
            column = _column_for(milestone, name)
            if column not in values:
                message += f" (This is on the website now: the file has no “{column}” column.)"
            problems.append(RowError(row_number, column, message))
    return problems


def _column_for(milestone, name):
    stage = next(stage for stage in STAGE_COLUMNS if stage.stage == milestone.stage)
    if name == "end_date":
        return stage.end_date
    if name == "turnout" and milestone.turnout is None and milestone.yes_percent is not None:
        return "yes_percent"
    if name in RESULT_COLUMNS:
        return name
    return stage.date  # "date", or "stage" for a second milestone of the same stage


def _changed_columns(page, values, milestones):
    current = page_values(page)
    changes = {column for column in PAGE_FIELDS if column in values and values[column] != current[column]}
    for stage in STAGE_COLUMNS:
        if stage.date not in values:
            continue
        before = [milestone for milestone in page.milestone_list if milestone.stage == stage.stage]
        after = [milestone for milestone in milestones if milestone.stage == stage.stage]
        changes |= {
            column
            for column, name in stage.columns
            if column in values
            and [getattr(milestone, name) for milestone in before]
            != [getattr(milestone, name) for milestone in after]
        }
    return [column for column in COLUMNS if column in changes]


# Writing to the site


def apply(plans):
    """Create and publish new plans and publish a new revision of changed ones, all or nothing."""
    report = ImportReport()
    with transaction.atomic():
        index = NeighbourhoodPlanningIndexPage.objects.get()
        for plan in plans:
            if plan.action == "create":
                page = NeighbourhoodPlanPage(title=plan.title, slug=plan.slug, live=False)
                _set_values(page, plan)
                index.add_child(instance=page)
                log(instance=page, action="wagtail.create", content_changed=True)
                page.save_revision(log_action=True).publish()
                report.created.append(page.title)
            elif plan.action == "update":
                page = NeighbourhoodPlanPage.objects.get(pk=plan.page.pk)
                _set_values(page, plan)
                page.save_revision(log_action=True).publish()
                report.updated.append(page.title)
            else:
                report.unchanged.append(plan.title)
    return report


def _set_values(page, plan):
    for column, name in PAGE_FIELDS.items():
        if column in plan.values:
            setattr(page, name, plan.values[column])
    page.milestones = plan.milestones


# Downloading


def page_values(page):
    """A plan's value for each column, as parse_value gives them (the district as its stored value)."""
    values = {"slug": page.slug, **{column: getattr(page, name) for column, name in PAGE_FIELDS.items()}}
    first = {}
    for milestone in page.milestone_list:
        first.setdefault(milestone.stage, milestone)
    for stage in STAGE_COLUMNS:
        milestone = first.get(stage.stage)
        values |= {column: getattr(milestone, name) if milestone else None for column, name in stage.columns}
    values["current_stage"] = short_label(page.current_stage) if page.current_stage else NOT_STARTED_LABEL
    return values


def status_sheet_rows(plans):
    """One list of values per plan, in COLUMNS order: text, dates and percentages (Decimal) or None."""
    for page in plans:
        values = page_values(page) | {"district": page.get_district_display()}
        yield [values[column] for column in COLUMNS]


def status_sheet_response(plans, fmt):
    """The status sheet of these plans as a .csv or .xlsx download, in the order given."""
    filename = f"neighbourhood-plan-status-{local_today():%Y-%m-%d}.{fmt}"
    rows = list(status_sheet_rows(plans))
    if fmt == "csv":
        return spreadsheets.csv_response(filename, COLUMNS, rows)
    if fmt == "xlsx":
        return spreadsheets.xlsx_response(filename, COLUMNS, rows, sheet_title="Neighbourhood plan status")
    raise ValueError(f"Unknown status sheet format: {fmt!r}")

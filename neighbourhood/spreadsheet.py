"""The neighbourhood plan status sheet: one row per group's plan. See docs/neighbourhood-status-sheet.md.

The columns are declared once, below; reading, checking, previewing, applying and downloading are
home/spreadsheet_sections.py's, the same as for every section. The rules between milestones are the plan
page's own (neighbourhood.stages.milestone_errors).
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils.text import slugify

from home.dates import local_today
from home.spreadsheet_columns import Column, district_column, model_field
from home.spreadsheet_sections import PageSection
from home.spreadsheets import CellError, RowError, parse_date
from neighbourhood.models import NeighbourhoodPlanningIndexPage, NeighbourhoodPlanPage, PlanMilestone
from neighbourhood.stages import NOT_STARTED_LABEL, Stage, milestone_errors, short_label, stage_index

# The referendum's result: percentages from 0 to 100.
RESULT_COLUMNS = ("turnout", "yes_percent")


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
# The page's own fields, by column.
PAGE_FIELDS = {
    "area": "area_name",
    "district": "district",
    "group": "group_name",
    "contact_name": "contact_name",
    "contact_email": "contact_email",
}
# A column that only makes sense next to another: an end date needs its start, a result its referendum.
NEEDS_COLUMN = {
    **{stage.end_date: stage.date for stage in STAGE_COLUMNS if stage.end_date},
    **dict.fromkeys(RESULT_COLUMNS, "referendum"),
}


def plan_title(area):
    return f"{area} Neighbourhood Plan"


# Cells


def page_field(column, friendly_message=""):
    return model_field(NeighbourhoodPlanPage, PAGE_FIELDS[column], friendly_message)


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
        value = None
    if value is None or not value.is_finite():
        raise CellError(f'"{text}" is not a number. Write a percentage as a number, like 45.3.')
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def as_is(value):
    """Dates and percentages go into the download as they are: real dates and numbers in an .xlsx file."""
    return value


def date_column(header, help_text):
    return Column(header, help_text, parse=parse_date, format=as_is, empty=None)


def percentage_column(header, help_text):
    return Column(header, help_text, parse=parse_percentage, format=as_is, empty=None)


# The columns

COLUMNS = [
    Column(
        "slug",
        "The plan page's web address name: how a row finds the plan to update. Empty for a new plan.",
        parse=parse_slug,
    ),
    Column("area", "The parish or neighbourhood area.", parse=page_field("area"), required=True),
    district_column("One of the seven Leicestershire districts, e.g. Charnwood."),
    Column(
        "group", "Who is writing the plan: the parish council or a steering group.", parse=page_field("group")
    ),
    Column("contact_name", "Who residents should contact.", parse=page_field("contact_name")),
    Column(
        "contact_email",
        "Their email address.",
        parse=page_field("contact_email", "Enter an email address, like clerk@example-parish.org.uk."),
    ),
    date_column("designated", "The day the neighbourhood area was designated, e.g. 2021-03-01."),
    date_column("pre_submission_start", "The first day of the pre-submission consultation (Regulation 14)."),
    date_column("pre_submission_end", "Its last day."),
    date_column(
        "submission_start", "The first day of the district council's submission consultation (Reg. 16)."
    ),
    date_column("submission_end", "Its last day."),
    date_column("examination_start", "The day the independent examination began."),
    date_column("examination_end", "The day it ended (leave it empty until you know)."),
    date_column("referendum", "The day of the referendum."),
    percentage_column("turnout", "The referendum's turnout, as a percentage from 0 to 100, e.g. 34.1."),
    percentage_column("yes_percent", "The percentage who voted yes, e.g. 91.6."),
    date_column("made", "The day the district council made (adopted) the plan."),
    Column(
        "current_stage",
        "Download only: the stage the plan has reached, worked out from its dates. The import ignores it.",
        read_only=True,
    ),
]


class PlanStatusSection(PageSection):
    name, label = "neighbourhood-plans", "Neighbourhood plan status"
    singular, plural = "plan", "plans"
    columns = COLUMNS
    name_column = "area"
    index_model, page_model = NeighbourhoodPlanningIndexPage, NeighbourhoodPlanPage

    def __init__(self, today=None):
        self.today = today

    def pages(self):
        return super().pages().prefetch_related("milestones")

    def export_items(self):
        return NeighbourhoodPlanPage.objects.order_by("title").prefetch_related("milestones")

    def slug_from(self, values):
        return slugify(f"{values['area']} neighbourhood plan")

    def check_headers(self, headers):
        return [
            RowError(1, column, f"This column needs the “{needed}” column in the file too.")
            for column, needed in NEEDS_COLUMN.items()
            if column in headers and needed not in headers
        ]

    def key_problem(self, key, values, existing):
        if key in existing:
            return super().key_problem(key, values, existing)
        same_area = next(
            (page for page in existing.values() if page.area_name.casefold() == values["area"].casefold()),
            None,
        )
        if same_area:
            return (
                f"There is already a plan for this area: “{same_area.title}”. "
                f'Put its slug "{same_area.slug}" in the slug column to update it.'
            )
        return super().key_problem(key, values, existing)

    def title(self, values, page):
        return page.title if page else plan_title(values["area"])

    def check_row(self, row_number, values, page):
        errors = [
            RowError(row_number, column, f"Give the {stage.date} date too, or leave this empty.")
            for stage in STAGE_COLUMNS
            if values.get(stage.date, "") is None
            for column, _ in stage.columns[1:]
            if values.get(column) is not None
        ]
        if not errors:
            errors = self._milestone_problems(row_number, milestones_after(page, values), values)
        return errors or super().check_row(row_number, values, page)

    def _milestone_problems(self, row_number, milestones, values):
        """The plan page's own milestone rules, each problem named by the sheet's column."""
        problems = []
        facts = [milestone.as_facts() for milestone in milestones]
        for position, fields in milestone_errors(facts, self.today or local_today()).items():
            milestone = milestones[position]
            for name, message in fields.items():
                column = _column_for(milestone, name)
                if column not in values:
                    message += f" (This is on the website now: the file has no “{column}” column.)"
                problems.append(RowError(row_number, column, message))
        return problems

    def complete_row(self, values, page):
        if page is None:
            return []
        removed = [
            f"Removes its “{stage.stage.label}” milestone (the {stage.date} cell is empty)."
            for stage in STAGE_COLUMNS
            if values.get(stage.date, "") is None
            and any(milestone.stage == stage.stage for milestone in page.milestone_list)
        ]
        return [*removed, *super().complete_row(values, page)]

    def current_values(self, page):
        """A plan's value for each column, as the columns' parse gives them (the first of each stage's)."""
        values = {"slug": page.slug, **{column: getattr(page, name) for column, name in PAGE_FIELDS.items()}}
        first = {}
        for milestone in page.milestone_list:
            first.setdefault(milestone.stage, milestone)
        for stage in STAGE_COLUMNS:
            milestone = first.get(stage.stage)
            values |= {
                column: getattr(milestone, name) if milestone else None for column, name in stage.columns
            }
        values["current_stage"] = short_label(page.current_stage) if page.current_stage else NOT_STARTED_LABEL
        return values

    def set_values(self, page, values):
        milestones = milestones_after(page if page.pk else None, values)
        if not page.pk:
            page.title = plan_title(values["area"])
        for column, name in PAGE_FIELDS.items():
            if column in values:
                setattr(page, name, values[column])
        page.milestones = milestones


def milestones_after(page, values):
    """The plan's milestones once a row is imported, as unsaved copies, in stage order.

    A stage whose date column is not in the file keeps its milestones. A stage whose date cell is empty
    loses its milestone. Otherwise the stage's milestone is kept (with its how-to-respond text) and given
    the row's values for the stage's columns in the file, or a new milestone is made.
    """
    current = page.milestone_list if page else []
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


def _column_for(milestone, name):
    stage = next(stage for stage in STAGE_COLUMNS if stage.stage == milestone.stage)
    if name == "end_date":
        return stage.end_date
    if name == "turnout" and milestone.turnout is None and milestone.yes_percent is not None:
        return "yes_percent"
    if name in RESULT_COLUMNS:
        return name
    return stage.date  # "date", or "stage" for a second milestone of the same stage


section = PlanStatusSection()


def status_sheet_response(plans, fmt):
    """The status sheet of these plans as a .csv or .xlsx download, in the order given."""
    return section.response(plans, fmt)

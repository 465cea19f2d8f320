"""A section's spreadsheet (libraries, plan status, support services): columns declared once, one way.

A section declares its `columns` (home/spreadsheet_columns.py: heading, how a cell is read and written,
the help shown in the admin) and says how a row meets the database; this module does the rest, the same
for every section:

    plan = section.plan(section.read(path))  # every row checked against the site; plan.errors lists problems
    report = section.apply(plan, user)        # all or nothing, refused while plan.errors is not empty
    section.response(items, "xlsx")           # a download in the same columns, that imports back unchanged

The management commands (home/management/spreadsheet_import.py) and the admin's import and export
(home/spreadsheet_admin.py) both call these. Files and cells themselves are home/spreadsheets.py's.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify
from wagtail.log_actions import log

from home import spreadsheets
from home.dates import local_today
from home.spreadsheet_columns import Column
from home.spreadsheets import CellError, RowError, SpreadsheetError


def publishing_notes(item):
    """What an import's update does to a page's or snippet's published state."""
    if not item.live:
        return ["It is not published now: the import will publish it."]
    if item.has_unpublished_changes:
        return ["It has unpublished draft changes: the import replaces them (they stay in its history)."]
    return []


@dataclass(frozen=True)
class Change:
    column: str
    old: str
    new: str


@dataclass
class RowPlan:
    """What an import does with one row: add an item, change one (field by field), or leave it as it is."""

    row: int  # as a person sees the spreadsheet: the headings are row 1
    key: str  # how the row finds its item (a slug, a name)
    title: str
    values: dict  # column -> value, for each column in the file the import reads
    item: object = None  # the item to change; None to add one
    changes: list = field(default_factory=list)  # Change for each column whose value differs
    notes: list = field(default_factory=list)  # what a person should know before applying

    @property
    def action(self):
        if self.item is None:
            return "create"
        return "update" if self.changes else "unchanged"

    @property
    def changed_columns(self):
        return [change.column for change in self.changes]


@dataclass
class ImportPlan:
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # RowError for every problem; nothing is applied while any

    def with_action(self, action):
        return [row for row in self.rows if row.action == action]

    @property
    def to_create(self):
        return self.with_action("create")

    @property
    def to_update(self):
        return self.with_action("update")

    @property
    def unchanged(self):
        return self.with_action("unchanged")

    def summary(self):
        """What the plan would do, row by row, to compare a preview with what is applied later."""
        return [
            [row.row, row.key, row.action, [list(vars(c).values()) for c in row.changes]] for row in self.rows
        ]


@dataclass
class ImportReport:
    """What an applied import did: the titles of the items created, updated and left unchanged."""

    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)


class SpreadsheetSection:
    """The shared import and export; a section subclass declares its columns and fills in the hooks."""

    name = ""  # in admin addresses: /admin/spreadsheets/<name>/
    label = ""  # as the admin shows it, e.g. "Community managed libraries"
    singular = plural = ""
    columns: list[Column] = []
    key_columns = ("slug",)  # a problem in one of these leaves the row nothing to match
    not_compared = ("slug",)  # found the row its item: a page's slug never changes by import

    # What a section fills in

    def existing(self):
        """The items a row can change, by key."""
        raise NotImplementedError

    def key(self, values):
        """(key, the column it comes from) for a row's values."""
        raise NotImplementedError

    def key_problem(self, key, values, existing):
        """Why a row cannot have this key (beyond being in the file twice), or ""."""
        return ""

    def title(self, values, item):
        raise NotImplementedError

    def current_values(self, item):
        """An item's value for each column, as the columns' parse gives them."""
        raise NotImplementedError

    def check_row(self, row_number, values, item):
        """RowErrors from the rules between a row's cells, or between the row and its item."""
        return []

    def complete_row(self, values, item):
        """Fill in what a good row leaves to the site (a place on the map); returns notes for the preview."""
        return []

    def save(self, item, values, user):
        """Create (item is None) or change one item, with a revision in the user's name; returns its title.

        The revision is published if the user may publish it (a command, with no user, always may).
        """
        raise NotImplementedError

    def can_publish(self, item, user):
        raise NotImplementedError

    def export_items(self):
        """Everything the admin's download holds."""
        raise NotImplementedError

    def check_headers(self, headers):
        return []

    # Shared

    @property
    def headers(self):
        return [column.header for column in self.columns]

    @property
    def required_headers(self):
        return [column.header for column in self.columns if column.required]

    def read(self, path):
        """The data rows of a .csv or .xlsx file, row 2 first, as dicts of column -> cell text."""
        rows = spreadsheets.read_rows(path, columns=self.headers, required=self.required_headers)
        errors = self.check_headers(rows[0].keys() if rows else [])
        if errors:
            raise SpreadsheetError(errors)
        return rows

    def parse_row(self, row_number, row):
        """(values, errors) for one row: each cell the import reads, checked and turned into a value."""
        values, errors = {}, []
        for column in self.columns:
            if column.header not in row or column.read_only:
                continue
            text = row[column.header]
            try:
                if text:
                    values[column.header] = column.parse(text)
                elif column.required:
                    raise CellError(f"This is needed for every {self.singular}.")
                else:
                    values[column.header] = column.empty
            except CellError as error:
                errors.append(RowError(row_number, column.header, str(error)))
        return values, errors

    def plan(self, rows, user=None):
        """An ImportPlan: a RowPlan for each good row and a RowError for every problem in every row.

        With a user, the plan says which rows they may not publish (applying saves those as drafts).
        """
        plan = ImportPlan()
        existing = self.existing()
        row_for_key = {}
        for row_number, row in enumerate(rows, start=2):
            if not any(row.values()):
                continue
            values, errors = self.parse_row(row_number, row)
            if any(error.column in self.key_columns for error in errors):
                plan.errors += errors
                continue
            key, key_column = self.key(values)
            problem = self._duplicate_problem(key, row_for_key) or self.key_problem(key, values, existing)
            if problem:
                plan.errors += [*errors, RowError(row_number, key_column, problem)]
                continue
            row_for_key[key] = row_number
            item = existing.get(key)
            if errors:
                plan.errors += errors
                continue
            errors = self.check_row(row_number, values, item)
            if errors:
                plan.errors += errors
                continue
            notes = self.complete_row(values, item)
            if user is not None and not self.can_publish(item, user):
                notes.append(f"You may not publish this {self.singular}: the import saves it as a draft.")
            changes = self.changes(item, values) if item is not None else []
            plan.rows.append(RowPlan(row_number, key, self.title(values, item), values, item, changes, notes))
        plan.errors.sort(key=lambda error: error.row)
        return plan

    def _duplicate_problem(self, key, row_for_key):
        if key in row_for_key:
            thing = self.singular
            return (
                f'Row {row_for_key[key]} is already the {thing} "{key}". A {thing} can be in the file once.'
            )
        return ""

    def changes(self, item, values):
        current = self.current_values(item)
        changes = []
        for column in self.columns:
            if column.header not in values or column.header in self.not_compared:
                continue
            old, new = column.text(current[column.header]), column.text(values[column.header])
            if old != new:
                changes.append(Change(column.header, old, new))
        return changes

    def apply(self, plan, user=None):
        """Make every change in the plan in one transaction: all of them or, if anything fails, none."""
        if plan.errors:
            raise SpreadsheetError(plan.errors)
        report = ImportReport()
        with transaction.atomic():
            for row in plan.rows:
                if row.action == "unchanged":
                    report.unchanged.append(row.title)
                    continue
                title = self.save(row.item, row.values, user)
                (report.created if row.action == "create" else report.updated).append(title)
        return report

    # Downloads

    def rows(self, items):
        """One list of cells per item, in column order: text, numbers and dates, as the import reads them."""
        for item in items:
            values = self.current_values(item)
            yield [column.format(values[column.header]) for column in self.columns]

    def response(self, items, fmt):
        """The items as a .csv or .xlsx download, in the order given."""
        filename = f"{slugify(self.label)}-{local_today():%Y-%m-%d}.{fmt}"
        rows = list(self.rows(items))
        if fmt == "csv":
            return spreadsheets.csv_response(filename, self.headers, rows)
        if fmt == "xlsx":
            return spreadsheets.xlsx_response(filename, self.headers, rows, sheet_title=self.label)
        raise ValueError(f"Unknown spreadsheet format: {fmt!r}")


class PageSection(SpreadsheetSection):
    """A section whose rows are pages under one index page, matched by slug, published as imported."""

    index_model = page_model = None
    name_column = "name"  # the column a row's slug is made from when it has none

    @property
    def key_columns(self):
        return ("slug", self.name_column)

    def slug_from(self, values):
        return slugify(values[self.name_column])

    def index(self):
        return self.index_model.objects.get()

    def pages(self):
        return self.page_model.objects.child_of(self.index())

    def existing(self):
        return {page.slug: page for page in self.pages()}

    def key(self, values):
        if values.get("slug"):
            return values["slug"], "slug"
        return self.slug_from(values), self.name_column

    def key_problem(self, key, values, existing):
        if not key:
            return f"Give the {self.singular} a slug: its name has no letters or numbers to make one from."
        other = self.index().get_children().not_type(self.page_model).filter(slug=key).first()
        if other:
            return f'"{key}" is already the web address of the page "{other.title}".'
        return ""

    def check_row(self, row_number, values, page):
        if page is not None and page.workflow_in_progress:
            return [
                RowError(
                    row_number,
                    "",
                    f"“{page.title}” has changes waiting for Communities Team review. Approve or send "
                    "them back first, so that the import does not publish them unreviewed.",
                )
            ]
        return []

    def complete_row(self, values, page):
        return publishing_notes(page) if page else []

    def set_values(self, page, values):
        raise NotImplementedError

    def save(self, page, values, user):
        if page is None:
            page = self.page_model(slug=self.key(values)[0], live=False)
            self.set_values(page, values)
            self.index().add_child(instance=page)
            log(instance=page, action="wagtail.create", user=user, content_changed=True)
        else:
            page = self.page_model.objects.get(pk=page.pk)
            self.set_values(page, values)
        revision = page.save_revision(user=user, log_action=True)
        if user is None or self.can_publish(page, user):
            revision.publish(user=user)
        return page.title

    def can_publish(self, page, user):
        if page is None or page.pk is None:
            return self.index().permissions_for_user(user).can_publish_subpage()
        return page.permissions_for_user(user).can_publish()

"""The community managed libraries spreadsheet: one row per library, read from .csv or .xlsx, written as CSV.

The columns are explained for the Communities Team in docs/libraries-spreadsheet.md. An import is two steps,
so that nothing is written unless the whole file is right:

    plans = plan_import(read_rows(path))  # checks every row; SpreadsheetError lists every problem
    report = apply(plans)                 # writes them all in one transaction

`library_rows` gives the same columns in the same formats for `home.spreadsheets.csv_response`, so an export
imports back unchanged. Reading the file, the formula guards, dates and districts are home/spreadsheets.py's.
"""

import re
from dataclasses import dataclass, field
from datetime import time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from wagtail.log_actions import log

from home import spreadsheets
from home.districts import District
from home.postcodes import normalise_postcode
from home.spreadsheets import (
    CellError,
    ImportReport,
    RowError,
    SpreadsheetError,
    parse_date,
    parse_district,
    publishing_notes,
)
from libraries.models import (
    CommunityLibraryPage,
    LibraryDateException,
    LibraryIndexPage,
    LibraryOpeningSession,
    LibraryService,
)
from libraries.opening_hours import DAY_NAMES, MIDNIGHT, DateException, WeeklySession

COLUMNS = [
    "slug",
    "name",
    "town",
    "address",
    "postcode",
    "district",
    "latitude",
    "longitude",
    "phone",
    "email",
    "website",
    "services",
    "opening_hours",
    "closures",
    "organisation_name",
    "charity_number",
    "summary",
    "volunteering_email",
]
REQUIRED_COLUMNS = ["name", "town", "address", "postcode", "district"]
# Where a column's name differs from the page field it fills.
PAGE_FIELDS = {"name": "title"}
# What an empty cell means for the columns that are not plain text.
EMPTY_VALUES = {"latitude": None, "longitude": None, "services": [], "opening_hours": [], "closures": []}
FRIENDLY_MESSAGES = {
    "slug": "Use only letters, numbers and hyphens, like anstey-library.",
    "email": "Enter an email address, like library@example.org.uk.",
    "volunteering_email": "Enter an email address, like volunteer@example.org.uk.",
    "website": "Enter a web address, like https://www.example.org.uk.",
}

TIME = r"(\d{1,2})[:.](\d{2})"
TIME_RANGE = re.compile(rf"^{TIME}\s*(?:-|–|—|to)\s*{TIME}$", re.IGNORECASE)
DATE = r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4}"
CLOSURE = re.compile(
    rf"^(?P<start>{DATE})(?:\s+to\s+(?P<end>{DATE}))?\s+(?P<hours>[^(]+?)\s*(?:\((?P<reason>.*)\))?$",
    re.IGNORECASE,
)
# A ";" that is not inside (brackets), so a closure's reason may contain one.
SEMICOLON_OUTSIDE_BRACKETS = re.compile(r";(?![^()]*\))")
CLOSURE_EXAMPLE = '"2026-12-25 to 2026-12-27 closed (Christmas)" or "2027-01-02 10:00-12:00 (New Year hours)"'


@dataclass
class LibraryPlan:
    """What the import will do with one row: create a library, update one, or leave it as it is."""

    row_number: int
    slug: str
    values: dict  # column -> value for the page, for each column in the file
    page: CommunityLibraryPage | None = None  # the library to update; None to create one
    changes: list = field(default_factory=list)  # the columns whose value differs from the page now

    @property
    def name(self):
        return self.values["name"]

    # The names the shared import command reads (home/management/spreadsheet_import.py).
    title = name

    @property
    def row(self):
        return self.row_number

    @property
    def notes(self):
        return publishing_notes(self.page) if self.action == "update" else []

    @property
    def action(self):
        if self.page is None:
            return "create"
        return "update" if self.changes else "unchanged"


# Reading a file


def read_rows(path):
    """The data rows of a .csv or .xlsx file as dicts of column -> cell text, row 2 first.

    Blank rows are kept (as empty cells) so that a row's place in the list gives its row number.
    """
    return spreadsheets.read_rows(path, columns=COLUMNS, required=REQUIRED_COLUMNS)


# Checking rows against the site


def plan_import(rows):
    """A plan for each library in the rows, matched by slug (or the slug of its name) under the index page.

    Raises SpreadsheetError listing every problem in every row, so nothing is written unless all is well.
    """
    index = LibraryIndexPage.objects.get()
    services = list(LibraryService.objects.all())
    libraries = {page.slug: page for page in _with_relations(CommunityLibraryPage.objects.child_of(index))}
    other_pages = dict(index.get_children().not_type(CommunityLibraryPage).values_list("slug", "title"))

    plans, errors, row_for_slug = [], [], {}
    for row_number, row in enumerate(rows, start=2):
        if not any(row.values()):
            continue
        values, row_errors = parse_row(row_number, row, services)
        errors += row_errors
        if any(error.column in ("slug", "name") for error in row_errors):
            continue
        slug = values.get("slug") or slugify(values["name"])
        problem = _slug_problem(slug, row_for_slug, other_pages)
        if problem:
            errors.append(RowError(row_number, "slug" if values.get("slug") else "name", problem))
            continue
        row_for_slug[slug] = row_number
        page = libraries.get(slug)
        plans.append(
            LibraryPlan(row_number, slug, values, page, _changed_columns(page, values) if page else [])
        )

    if errors:
        raise SpreadsheetError(errors)
    return plans


def _slug_problem(slug, row_for_slug, other_pages):
    if not slug:
        return "Give the library a slug: its name has no letters or numbers to make one from."
    if slug in row_for_slug:
        return f'Row {row_for_slug[slug]} is already the library "{slug}". A library can be in the file once.'
    if slug in other_pages:
        return f'"{slug}" is already the web address of the page "{other_pages[slug]}".'
    return ""


def parse_row(row_number, row, services):
    """(values, errors) for one row: each cell in the row checked and turned into a value for the page."""
    values, errors = {}, []
    for column in COLUMNS:
        if column in row:
            try:
                values[column] = parse_value(column, row[column], services)
            except CellError as error:
                errors.append(RowError(row_number, column, str(error)))
    if {"latitude", "longitude"} <= values.keys() and (values["latitude"] is None) != (
        values["longitude"] is None
    ):
        missing = "latitude" if values["latitude"] is None else "longitude"
        errors.append(RowError(row_number, missing, "Give both the latitude and the longitude, or neither."))
    return values, errors


def parse_value(column, text, services=()):
    """The value for the page from one cell's text, or CellError saying what is wrong with it."""
    if not text:
        if column in REQUIRED_COLUMNS:
            raise CellError("This is needed for every library.")
        return EMPTY_VALUES.get(column, "")
    if column == "district":
        return parse_district(text)
    if column in ("latitude", "longitude"):
        return parse_coordinate(text, limit=90 if column == "latitude" else 180)
    if column == "services":
        return parse_services(text, services)
    if column == "opening_hours":
        return parse_opening_hours(text)
    if column == "closures":
        return parse_closures(text)
    if column == "postcode":
        text = normalise_postcode(text)
    if column == "website" and "://" not in text:
        text = f"https://{text}"
    return _checked_by_page_field(column, text)


def _checked_by_page_field(column, text):
    model_field = CommunityLibraryPage._meta.get_field(PAGE_FIELDS.get(column, column))
    if model_field.max_length and len(text) > model_field.max_length:
        raise CellError(f"This is {len(text)} characters long. It can be at most {model_field.max_length}.")
    try:
        model_field.run_validators(text)
    except ValidationError as error:
        raise CellError(FRIENDLY_MESSAGES.get(column) or " ".join(error.messages)) from None
    return text


def parse_coordinate(text, limit):
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise CellError(
            f'"{text}" is not a number. Write it in decimal degrees, like 52.7183 or -1.2354.'
        ) from None
    if not value.is_finite() or abs(value) > limit:
        raise CellError(f"This must be a number from -{limit} to {limit}.")
    return value.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)


def parse_services(text, services):
    """Services by name or slug, separated by ";", in the order the Communities Team's list gives them."""
    known = {key.casefold(): service for service in services for key in (service.name, service.slug)}
    chosen = []
    for item in _split(text, ";"):
        if item.casefold() not in known:
            names = ", ".join(service.name for service in services)
            raise CellError(f'There is no service called "{item}". The services are: {names}.')
        if known[item.casefold()] not in chosen:
            chosen.append(known[item.casefold()])
    return _in_list_order(chosen)


def parse_opening_hours(text):
    """ "Mon 10:00-13:00, 14:00-17:00; Wed 09:30-12:00" -> WeeklySessions, checked for clashes."""
    sessions = []
    for part in _split(text, ";"):
        day_word, _, times = part.partition(" ")
        weekday = _weekday(day_word)
        day = DAY_NAMES[weekday]
        if times.strip().lower() == "closed":
            continue
        if not times.strip():
            raise CellError(f'Give the times for {day}, like "{day[:3]} 10:00-13:00".')
        for time_range in _split(times, ","):
            session = WeeklySession(*parse_time_range(time_range, f"On {day}"), weekday=weekday)
            clash = next(
                (other for other in sessions if other.weekday == weekday and other.overlaps(session)), None
            )
            if clash:
                raise CellError(
                    f"On {day}, {_clock_range(clash)} and {_clock_range(session)} overlap. "
                    "Each session must end before the next one starts."
                )
            sessions.append(session)
    return sorted(sessions, key=lambda session: (session.weekday, session.start_minutes))


def parse_time_range(text, where):
    """ "10:00-13:00" -> (opens, closes). A closing time of 00:00 (or 24:00) means midnight."""
    match = TIME_RANGE.match(text.strip())
    if not match:
        raise CellError(
            f'{where}, "{text}" is not a time we understand. Write opening times like 10:00-13:00.'
        )
    opens, closes = _clock(*match.group(1, 2)), _clock(*match.group(3, 4))
    if closes != MIDNIGHT and closes <= opens:
        raise CellError(
            f"{where}, {opens:%H:%M}-{closes:%H:%M} closes before it opens. "
            "The closing time must be after the opening time (use 00:00 for midnight)."
        )
    return opens, closes


def parse_closures(text):
    """Closures, as in CLOSURE_EXAMPLE, -> DateExceptions in date order."""
    exceptions = []
    for item in _split(text, SEMICOLON_OUTSIDE_BRACKETS):
        match = CLOSURE.match(item)
        if not match:
            raise CellError(f'"{item}" is not a closure we understand. Write each like {CLOSURE_EXAMPLE}.')
        start = parse_date(match["start"])
        end = parse_date(match["end"]) if match["end"] else start
        if end < start:
            raise CellError(f'In "{item}" the last day is before the first day.')
        opens = closes = None
        if match["hours"].lower() != "closed":
            opens, closes = parse_time_range(match["hours"], f'In "{item}"')
        reason = (match["reason"] or "").strip()
        if len(reason) > LibraryDateException._meta.get_field("reason").max_length:
            raise CellError(f'In "{item}" the reason is too long: keep it to 120 characters.')
        exceptions.append(DateException(start=start, end=end, opens=opens, closes=closes, reason=reason))
    return sorted(exceptions, key=lambda exception: (exception.start, exception.end))


def _split(text, separator):
    parts = text.split(separator) if isinstance(separator, str) else separator.split(text)
    return [part.strip() for part in parts if part.strip()]


def _weekday(word):
    key = word.rstrip(":").casefold()
    for weekday, name in enumerate(DAY_NAMES):
        if len(key) >= 3 and name.casefold().startswith(key):
            return weekday
    raise CellError(
        f'"{word}" is not a day of the week. Start each day with its name, like "Mon 10:00-13:00".'
    )


def _clock(hours, minutes):
    hours, minutes = int(hours), int(minutes)
    if (hours, minutes) == (24, 0):
        return MIDNIGHT
    if hours > 23 or minutes > 59:
        raise CellError(f'"{hours}:{minutes:02}" is not a time. Use the 24-hour clock, like 09:30 or 17:00.')
    return time(hours, minutes)


# Writing to the site


def apply(plans):
    """Create and publish new libraries and publish a new revision of changed ones, all or nothing."""
    report = ImportReport()
    with transaction.atomic():
        index = LibraryIndexPage.objects.get()
        for plan in plans:
            if plan.action == "create":
                page = CommunityLibraryPage(slug=plan.slug, live=False)
                _set_values(page, plan.values)
                index.add_child(instance=page)
                log(instance=page, action="wagtail.create", content_changed=True)
                page.save_revision(log_action=True).publish()
                report.created.append(page.title)
            elif plan.action == "update":
                page = CommunityLibraryPage.objects.get(pk=plan.page.pk)
                _set_values(page, plan.values)
                page.save_revision(log_action=True).publish()
                report.updated.append(page.title)
            else:
                report.unchanged.append(plan.name)
    return report


def _set_values(page, values):
    for column, value in values.items():
        if column == "services":
            page.services = value
        elif column == "opening_hours":
            page.opening_sessions = [
                LibraryOpeningSession(weekday=s.weekday, opens=s.opens, closes=s.closes, sort_order=order)
                for order, s in enumerate(value)
            ]
        elif column == "closures":
            page.date_exceptions = [
                LibraryDateException(
                    start_date=e.start,
                    end_date=e.end if e.end != e.start else None,
                    opens=e.opens,
                    closes=e.closes,
                    reason=e.reason,
                    sort_order=order,
                )
                for order, e in enumerate(value)
            ]
        elif column != "slug":
            setattr(page, PAGE_FIELDS.get(column, column), value)


def _changed_columns(page, values):
    current = page_values(page)
    return [
        column
        for column, value in values.items()
        if column != "slug" and format_value(column, value) != format_value(column, current[column])
    ]


# Exporting


def library_rows(queryset):
    """One list of texts per library in a CommunityLibraryPage queryset, in COLUMNS order, as the import
    reads it. For home.spreadsheets.csv_response, which guards the cells against running as formulas.
    """
    for page in _with_relations(queryset):
        values = page_values(page)
        yield [format_value(column, values[column]) for column in COLUMNS]


def page_values(page):
    """A library's values for each column, as parse_value gives them."""
    related = {
        "services": _in_list_order(page.services.all()),
        "opening_hours": page.weekly_sessions,
        "closures": page.exceptions,
    }
    return {
        column: related[column] if column in related else getattr(page, PAGE_FIELDS.get(column, column))
        for column in COLUMNS
    }


def format_value(column, value):
    """A column's value as the spreadsheet writes it."""
    if column == "district":
        return dict(District.choices).get(value, value or "")
    if column in ("latitude", "longitude"):
        return "" if value is None else f"{Decimal(str(value)).normalize():f}"
    if column == "services":
        return "; ".join(service.name for service in _in_list_order(value))
    if column == "opening_hours":
        return format_opening_hours(value)
    if column == "closures":
        return format_closures(value)
    return (value or "").replace("\r\n", "\n")


def format_opening_hours(sessions):
    days = []
    for weekday, name in enumerate(DAY_NAMES):
        times = [
            _clock_range(s) for s in sorted(sessions, key=lambda s: s.start_minutes) if s.weekday == weekday
        ]
        if times:
            days.append(f"{name[:3]} {', '.join(times)}")
    return "; ".join(days)


def format_closures(exceptions):
    items = []
    for exception in sorted(exceptions, key=lambda e: (e.start, e.end)):
        days = exception.start.isoformat()
        if exception.end != exception.start:
            days += f" to {exception.end.isoformat()}"
        hours = _clock_range(exception.session) if exception.session else "closed"
        items.append(f"{days} {hours} ({exception.reason})" if exception.reason else f"{days} {hours}")
    return "; ".join(items)


def _clock_range(session):
    return f"{session.opens:%H:%M}-{session.closes:%H:%M}"


def _in_list_order(services):
    return sorted(services, key=lambda service: (service.sort_order, service.name))


def _with_relations(queryset):
    return queryset.prefetch_related("services", "opening_sessions", "date_exceptions")

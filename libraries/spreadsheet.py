"""The community managed libraries spreadsheet: one row per library. See docs/libraries-spreadsheet.md.

The columns are declared once, below; reading, checking, previewing, applying and downloading are
home/spreadsheet_sections.py's, the same as for every section.
"""

import re
from datetime import time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils.text import slugify

from home.postcodes import normalise_postcode
from home.spreadsheet_columns import Column, contact_columns, district_column, model_field
from home.spreadsheet_sections import PageSection
from home.spreadsheets import CellError, RowError, parse_date
from libraries.models import (
    CommunityLibraryPage,
    LibraryDateException,
    LibraryIndexPage,
    LibraryOpeningSession,
    LibraryService,
)
from libraries.models.pages import approximate_place
from libraries.opening_hours import DAY_NAMES, MIDNIGHT, DateException, WeeklySession

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


# Cells


def library_field(name, friendly_message=""):
    return model_field(CommunityLibraryPage, name, friendly_message)


def parse_postcode(text):
    return library_field("postcode")(normalise_postcode(text))


def parse_coordinate(limit):
    def parse(text):
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise CellError(
                f'"{text}" is not a number. Write it in decimal degrees, like 52.7183 or -1.2354.'
            ) from None
        if not value.is_finite() or abs(value) > limit:
            raise CellError(f"This must be a number from -{limit} to {limit}.")
        return value.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)

    return parse


def format_coordinate(value):
    return "" if value is None else f"{Decimal(str(value)).normalize():f}"


def parse_services(text, services=None):
    """Services by name or slug, separated by ";", in the order the Communities Team's list gives them."""
    services = list(LibraryService.objects.all()) if services is None else services
    known = {key.casefold(): service for service in services for key in (service.name, service.slug)}
    chosen = []
    for item in _split(text, ";"):
        if item.casefold() not in known:
            names = ", ".join(service.name for service in services)
            raise CellError(f'There is no service called "{item}". The services are: {names}.')
        if known[item.casefold()] not in chosen:
            chosen.append(known[item.casefold()])
    return _in_list_order(chosen)


def format_services(services):
    return "; ".join(service.name for service in _in_list_order(services))


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


def format_opening_hours(sessions):
    days = []
    for weekday, name in enumerate(DAY_NAMES):
        times = [
            _clock_range(s) for s in sorted(sessions, key=lambda s: s.start_minutes) if s.weekday == weekday
        ]
        if times:
            days.append(f"{name[:3]} {', '.join(times)}")
    return "; ".join(days)


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


def format_closures(exceptions):
    items = []
    for exception in sorted(exceptions, key=lambda e: (e.start, e.end)):
        days = exception.start.isoformat()
        if exception.end != exception.start:
            days += f" to {exception.end.isoformat()}"
        hours = _clock_range(exception.session) if exception.session else "closed"
        items.append(f"{days} {hours} ({exception.reason})" if exception.reason else f"{days} {hours}")
    return "; ".join(items)


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


def _clock_range(session):
    return f"{session.opens:%H:%M}-{session.closes:%H:%M}"


def _in_list_order(services):
    return sorted(services, key=lambda service: (service.sort_order, service.name))


# The columns

COLUMNS = [
    Column(
        "slug",
        "The library's web address name: how a row finds the library to update. Leave it empty for a new "
        "library and it is made from the name.",
        parse=model_field(
            CommunityLibraryPage, "slug", "Use only letters, numbers and hyphens, like anstey-library."
        ),
    ),
    Column(
        "name",
        "The library's name, as the page title.",
        parse=library_field("title"),
        required=True,
    ),
    Column("town", "Town or village.", parse=library_field("town"), required=True),
    Column(
        "address",
        "The street address, without the town or postcode. It may run over several lines in the cell.",
        parse=library_field("address"),
        required=True,
    ),
    Column(
        "postcode",
        "A UK postcode. Capitals and spacing are put right for you.",
        parse=parse_postcode,
        required=True,
    ),
    district_column("One of the seven Leicestershire districts, e.g. Charnwood."),
    Column(
        "latitude",
        "Where the library is on the map, in decimal degrees, e.g. 52.6712. Give both latitude and "
        "longitude, or neither: a library without them is placed at its town or postcode.",
        parse=parse_coordinate(90),
        format=format_coordinate,
        empty=None,
    ),
    Column(
        "longitude",
        "As latitude. West of Greenwich it is negative, e.g. -1.1923.",
        parse=parse_coordinate(180),
        format=format_coordinate,
        empty=None,
    ),
    *contact_columns(CommunityLibraryPage, "visitors", "library@example.org.uk"),
    Column(
        "services",
        "Services from the website's list of library services, separated by ;, e.g. Café; Work club.",
        parse=parse_services,
        format=format_services,
        empty=[],
    ),
    Column(
        "opening_hours",
        "The usual weekly opening hours, e.g. Mon 10:00-13:00, 14:00-17:00; Wed 09:30-12:00.",
        parse=parse_opening_hours,
        format=format_opening_hours,
        empty=[],
    ),
    Column(
        "closures",
        f"Closures and special opening hours on particular dates, e.g. {CLOSURE_EXAMPLE}.",
        parse=parse_closures,
        format=format_closures,
        empty=[],
    ),
    Column(
        "organisation_name",
        "The group or charity that runs the library.",
        parse=library_field("organisation_name"),
    ),
    Column("charity_number", "6 to 8 digits.", parse=library_field("charity_number")),
    Column(
        "summary",
        "One or two sentences for listings and search results (up to 300 characters).",
        parse=library_field("summary"),
    ),
    Column(
        "volunteering_email",
        "Who to contact about volunteering.",
        parse=model_field(
            CommunityLibraryPage,
            "volunteering_email",
            "Enter an email address, like volunteer@example.org.uk.",
        ),
    ),
]
# Where a column's name differs from the page field it fills.
PAGE_FIELDS = {"name": "title"}


class LibrarySection(PageSection):
    name, label = "libraries", "Community managed libraries"
    singular, plural = "library", "libraries"
    columns = COLUMNS
    index_model, page_model = LibraryIndexPage, CommunityLibraryPage

    def pages(self):
        return _with_relations(super().pages())

    def export_items(self):
        return _with_relations(CommunityLibraryPage.objects.order_by("title"))

    def title(self, values, page):
        return values["name"]

    def check_row(self, row_number, values, page):
        if {"latitude", "longitude"} <= values.keys() and (values["latitude"] is None) != (
            values["longitude"] is None
        ):
            missing = "latitude" if values["latitude"] is None else "longitude"
            return [RowError(row_number, missing, "Give both the latitude and the longitude, or neither.")]
        return super().check_row(row_number, values, page)

    def complete_row(self, values, page):
        notes = super().complete_row(values, page)
        if values.get("latitude") is None and self._moves(values, page):
            place = approximate_place(values["town"], values["postcode"])
            if place is None:
                return [
                    *notes,
                    "Its town and postcode are not in the gazetteer: give its latitude and longitude.",
                ]
            values["latitude"], values["longitude"] = (
                Decimal(str(coordinate)).quantize(Decimal("0.000001"))
                for coordinate in (place.point.latitude, place.point.longitude)
            )
            notes.append(f"No latitude and longitude: placed on the map at {place.name}, from the gazetteer.")
        return notes

    def _moves(self, values, page):
        """A new library, or one given a new town or postcode (re-stating them changes nothing)."""
        if page is None:
            return True
        if "latitude" not in values and page.has_coordinates:
            return False
        return (values["town"], values["postcode"]) != (page.town, page.postcode)

    def current_values(self, page):
        related = {
            "services": _in_list_order(page.services.all()),
            "opening_hours": page.weekly_sessions,
            "closures": page.exceptions,
        }
        return {
            column.header: related.get(column.header)
            if column.header in related
            else getattr(page, PAGE_FIELDS.get(column.header, column.header))
            for column in COLUMNS
        }

    def set_values(self, page, values):
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

    def slug_from(self, values):
        return slugify(values["name"])


def _with_relations(queryset):
    return queryset.prefetch_related("services", "opening_sessions", "date_exceptions")


section = LibrarySection()

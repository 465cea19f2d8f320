"""Example libraries for the demonstration site.

The county's 35 community managed libraries offer the hub services named in the annual reports
(adult learning, work clubs, Keep Safe Places, cafés, meeting space, Local Area Coordination bases).
These examples show those services; their names, addresses and hours are invented and say so.
Real libraries arrive with the Communities Team's spreadsheet (manage.py import_libraries).
"""

from datetime import date, time

from home.demo.loader import ensure_child
from libraries.factories import CommunityLibraryPageFactory
from libraries.models import LibraryIndexPage, LibraryService

EXAMPLE_NOTE = (
    "<p>This is an example library for the demonstration site. Its name, address, opening hours and "
    "contact details are invented; the services are ones community managed libraries in Leicestershire "
    "offer.</p>"
)

DEMO_LIBRARIES = [
    {
        "slug": "riverside-community-library-example",
        "title": "Riverside Community Library (example)",
        "summary": "Example library: a café, a weekly work club and a Keep Safe Place near the town centre.",
        "address": "1 Example Street",
        "town": "Loughborough",
        "postcode": "LE11 9ZZ",
        "district": "charnwood",
        "latitude": "52.772100",
        "longitude": "-1.206200",
        "phone": "0116 000 0001",
        "email": "riverside.library@example.org.uk",
        "organisation_name": "Riverside Library Friends (example group)",
        "volunteering_email": "volunteer.riverside@example.org.uk",
        "services": ["cafe", "work-club", "keep-safe-place", "computers-and-wifi", "meeting-room-hire"],
        "hours": {
            0: ["10:00-13:00", "14:00-17:00"],
            2: ["10:00-13:00"],
            3: ["14:00-19:00"],
            5: ["09:30-12:30"],
        },
        "closures": [("2026-12-24", "2027-01-01", "Christmas and New Year")],
    },
    {
        "slug": "millbrook-village-library-example",
        "title": "Millbrook Village Library (example)",
        "summary": (
            "Example library: adult learning, children's activities and a Local Area Coordination base."
        ),
        "address": "The Old School, 2 Example Lane",
        "town": "Market Harborough",
        "postcode": "LE16 9ZZ",
        "district": "harborough",
        "latitude": "52.477600",
        "longitude": "-0.920500",
        "phone": "0116 000 0002",
        "email": "millbrook.library@example.org.uk",
        "organisation_name": "Millbrook Community Library Trust (example)",
        "services": [
            "adult-learning",
            "childrens-activities",
            "local-area-coordination",
            "accessible-toilet",
        ],
        "hours": {1: ["09:30-12:30"], 3: ["13:30-17:00"], 4: ["09:30-12:30"], 5: ["10:00-12:00"]},
        "closures": [],
    },
    {
        "slug": "wreake-valley-community-library-example",
        "title": "Wreake Valley Community Library (example)",
        "summary": "Example library: a reading group, computers and a small café run by volunteers.",
        "address": "3 Example Road",
        "town": "Asfordby",
        "postcode": "LE14 9ZZ",
        "district": "melton",
        "latitude": "52.762600",
        "longitude": "-0.954600",
        "email": "wreake.library@example.org.uk",
        "services": ["cafe", "reading-groups", "computers-and-wifi", "parking"],
        "hours": {0: ["14:00-17:00"], 2: ["10:00-12:00", "14:00-16:00"], 5: ["10:00-12:00"]},
        "closures": [],
    },
    {
        "slug": "bosworth-field-library-example",
        "title": "Bosworth Field Library (example)",
        "summary": "Example library: meeting room hire, a Keep Safe Place and free parking.",
        "address": "4 Example Square",
        "town": "Market Bosworth",
        "postcode": "CV13 9ZZ",
        "district": "hinckley-and-bosworth",
        "latitude": "52.624000",
        "longitude": "-1.401000",
        "phone": "0116 000 0004",
        "services": ["meeting-room-hire", "keep-safe-place", "parking", "printing-and-copying"],
        "hours": {1: ["10:00-16:00"], 3: ["10:00-16:00"], 5: ["09:00-12:00"]},
        "closures": [],
    },
    {
        "slug": "donington-park-library-example",
        "title": "Donington Park Library (example)",
        "summary": "Example library: a work club, adult learning and free wifi.",
        "address": "5 Example Court",
        "town": "Castle Donington",
        "postcode": "DE74 9ZZ",
        "district": "north-west-leicestershire",
        "latitude": "52.843500",
        "longitude": "-1.338900",
        "email": "donington.library@example.org.uk",
        "services": ["work-club", "adult-learning", "computers-and-wifi"],
        "hours": {0: ["10:00-12:00"], 1: ["10:00-12:00"], 4: ["14:00-18:00"], 5: ["10:00-13:00"]},
        "closures": [],
    },
]


def _time(text):
    return time.fromisoformat(text)


def library_fields(data):
    """Page fields and child relations for one example library, ready for the demo loader."""
    fields = {key: data[key] for key in data if key not in {"services", "hours", "closures"}}
    fields.setdefault("body", [{"type": "inset", "value": EXAMPLE_NOTE}])
    fields.setdefault(
        "volunteering",
        "<p>Example: volunteers staff the counter, run activities and keep the page up to date.</p>",
    )
    fields.setdefault(
        "accessibility",
        "<p>Example: step-free entrance, an accessible toilet and a hearing loop at the counter.</p>",
    )
    sessions = [
        {"weekday": weekday, "opens": _time(span.split("-")[0]), "closes": _time(span.split("-")[1])}
        for weekday, spans in sorted(data["hours"].items())
        for span in spans
    ]
    exceptions = [
        {
            "start_date": date.fromisoformat(start),
            "end_date": date.fromisoformat(end),
            "reason": reason,
            "opens": None,
            "closes": None,
        }
        for start, end, reason in data["closures"]
    ]
    relations = {
        "opening_sessions": [{**session, "sort_order": i} for i, session in enumerate(sessions)],
        "date_exceptions": [{**exception, "sort_order": i} for i, exception in enumerate(exceptions)],
        "services": list(LibraryService.objects.filter(slug__in=data["services"]).order_by("pk")),
    }
    return fields, relations


def load_demo(home, report):
    index = LibraryIndexPage.objects.child_of(home).get()
    for data in DEMO_LIBRARIES:
        fields, relations = library_fields(data)
        ensure_child(index, CommunityLibraryPageFactory, fields, report, relations)

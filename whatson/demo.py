"""Example news and events for the demonstration site: the /news/ and /events/ pages and a few items.

Every item is marked as an example. Events repeat from fixed dates, so the demo always has something
coming up without its dates changing from one run to the next. The hub services they show (work clubs,
adult learning, Keep Safe Places) are those the Annual Report 2019/20 lists for the county's 35
community managed libraries.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from home.demo.loader import ensure_child
from libraries.models import LibraryIndexPage
from whatson.factories import EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory
from whatson.models import EventType

LONDON = ZoneInfo("Europe/London")

EVENTS_INDEX = {
    "slug": "events",
    "title": "What’s on",
    "summary": "Events at community managed libraries and neighbourhood planning groups in Leicestershire.",
    "intro": "<p>Find events near you. Choose a district, a type of event or dates.</p>",
    "show_in_menus": True,
}
NEWS_INDEX = {
    "slug": "news",
    "title": "News",
    "summary": "News from the Communities Team, community managed libraries and planning groups.",
    "intro": "<p>The latest news from across the site.</p>",
    "show_in_menus": True,
}

# (library slug, event fields): events held at the example libraries.
LIBRARY_EVENTS = [
    (
        "riverside-community-library-example",
        {
            "slug": "work-club-example",
            "title": "Work club (example event)",
            "summary": "Example event: help with CVs, job searches and online applications.",
            "event_type": EventType.LEARNING,
            "start": datetime(2026, 1, 7, 10, 0, tzinfo=LONDON),
            "end": datetime(2026, 1, 7, 12, 0, tzinfo=LONDON),
            "repeats": "weekly",
            "cost": "Free",
            "contact": "riverside.library@example.org.uk",
            "accessibility": "Example: step-free entrance and a hearing loop at the desk.",
        },
    ),
    (
        "millbrook-village-library-example",
        {
            "slug": "family-story-time-example",
            "title": "Family story time (example event)",
            "summary": "Example event: stories and rhymes for under-fives and their grown-ups.",
            "event_type": EventType.FAMILIES,
            "start": datetime(2026, 1, 10, 10, 30, tzinfo=LONDON),
            "end": datetime(2026, 1, 10, 11, 15, tzinfo=LONDON),
            "repeats": "fortnightly",
            "cost": "Free",
            "accessibility": "Example: buggy parking inside; the children's area is on the ground floor.",
        },
    ),
    (
        "millbrook-village-library-example",
        {
            "slug": "computer-help-example",
            "title": "Computer help session (example event)",
            "summary": "Example event: adult learning on the second Tuesday of the month. Bring a device.",
            "event_type": EventType.LEARNING,
            "start": datetime(2026, 1, 13, 14, 0, tzinfo=LONDON),
            "end": datetime(2026, 1, 13, 16, 0, tzinfo=LONDON),
            "repeats": "monthly",
            "cost": "£2",
            "contact": "millbrook.library@example.org.uk",
        },
    ),
]

NEWS = [
    {
        "slug": "library-hub-services-example",
        "title": "What community managed libraries offer (example news)",
        "date": date(2026, 11, 2),
        "summary": (
            "Example news: the county's 35 community managed libraries offer hub services as well as books, "
            "from work clubs and adult learning to Keep Safe Places and cafés."
        ),
    },
]


def load_demo(home, report):
    events_index = ensure_child(home, EventIndexPageFactory, EVENTS_INDEX, report)
    news_index = ensure_child(home, NewsIndexPageFactory, NEWS_INDEX, report)
    libraries = LibraryIndexPage.objects.child_of(home).get()
    for library_slug, fields in LIBRARY_EVENTS:
        library = libraries.get_children().get(slug=library_slug)
        ensure_child(library, EventPageFactory, fields, report)
    for fields in NEWS:
        ensure_child(news_index, NewsPageFactory, fields, report)
    return events_index, news_index

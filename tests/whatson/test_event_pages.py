"""An event's page: what a resident needs (when, where, cost, booking, access) and schema.org data."""

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from whatson.factories import event_page
from whatson.forms import VENUE_NEEDED
from whatson.models import EventPage

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def json_ld(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]


def test_an_event_page_says_when_where_what_it_costs_how_to_book_and_access(client, library):
    start = datetime(2027, 3, 2, 19, 0, tzinfo=LONDON)
    event = event_page(
        library,
        title="Author talk",
        start=start,
        end=start + timedelta(hours=2),
        cost="£3",
        booking_url="https://tickets.example.org.uk/author-talk",
        contact="events@example.org.uk",
        accessibility="Hearing loop in the main room.",
    )

    text = BeautifulSoup(client.get(event.url).content, "html.parser").get_text(" ", strip=True)

    for expected in ("Tuesday 2 March 2027, 19:00 to 21:00", "Quorn Test Library", "£3", "Book a place"):
        assert expected in text
    assert "events@example.org.uk" in text and "Hearing loop in the main room." in text


def test_an_event_page_gives_schema_org_event_data_for_the_next_date(client, library):
    start = datetime(2026, 1, 6, 10, 0, tzinfo=LONDON)
    event = event_page(
        library, title="Work club", start=start, end=start + timedelta(hours=2), repeats="weekly", cost="Free"
    )

    (data,) = json_ld(client.get(event.url))
    next_start = datetime.fromisoformat(data["startDate"])

    assert data["@type"] == "Event"
    assert data["name"] == "Work club"
    assert data["url"] == event.get_full_url()
    assert next_start > datetime.now(LONDON) - timedelta(hours=2)
    assert next_start.astimezone(LONDON).hour == 10 and next_start.weekday() == 1
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["addressLocality"] == "Quorn"
    assert data["eventSchedule"]["repeatFrequency"] == "P1W"
    assert data["isAccessibleForFree"] is True


def test_an_event_page_lists_its_next_dates_and_the_dates_it_is_not_on(client, library):
    start = datetime(2026, 1, 7, 10, 0, tzinfo=LONDON)
    event = event_page(
        library, title="Rhyme time", start=start, end=start + timedelta(hours=1), repeats="weekly"
    )
    event.cancellations.model.objects.create(page=event, date=date(2027, 12, 29), reason="Christmas closure")

    text = BeautifulSoup(client.get(event.url).content, "html.parser").get_text(" ", strip=True)

    assert "Every Wednesday" in text
    assert "Wednesday 29 December 2027 (Christmas closure)" in text


def test_a_finished_event_page_says_so_and_offers_no_calendar_file(client, library):
    start = datetime.now(LONDON) - timedelta(days=3)
    event = event_page(library, title="Old fair", start=start, end=start + timedelta(hours=2))

    html = client.get(event.url).content.decode()

    assert "This event has finished." in html
    assert "Add to your calendar" not in html


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"end_offset": timedelta(0)}, "end", "The event must finish after it starts."),
        ({"end_offset": timedelta(minutes=-1)}, "end", "The event must finish after it starts."),
        ({"repeat_until": date(2027, 2, 1)}, "repeat_until", "Choose how often it repeats"),
        (
            {"repeats": "weekly", "repeat_until": date(2026, 1, 1)},
            "repeat_until",
            "cannot be before the first",
        ),
    ],
)
def test_an_event_that_cannot_happen_is_refused_with_a_reason(events_index, changes, field, message):
    start = datetime(2027, 1, 5, 10, 0, tzinfo=LONDON)
    end = start + changes.pop("end_offset", timedelta(hours=1))
    event = EventPage(title="Bad", slug="bad", start=start, end=end, venue_town="Quorn", **changes)

    with pytest.raises(ValidationError) as error:
        event.clean()

    assert message in " ".join(error.value.message_dict[field])


def test_an_event_one_minute_long_is_accepted(events_index):
    start = datetime(2027, 1, 5, 10, 0, tzinfo=LONDON)
    event = EventPage(
        title="Quick", slug="quick", start=start, end=start + timedelta(minutes=1), venue_town="Quorn"
    )

    event.clean()


@pytest.mark.parametrize(
    ("parent", "venue", "refused"),
    [
        ("events_index", {}, True),
        ("events_index", {"venue_town": "Quorn"}, False),
        ("library", {}, False),
    ],
    ids=["site-wide, no venue", "site-wide, with a town", "under a library"],
)
def test_an_event_needs_a_venue_unless_posted_under_a_library(admin_client, request, parent, venue, refused):
    from django.urls import reverse

    from tests.admin_forms import rendered_form_data

    parent_page = request.getfixturevalue(parent)
    url = reverse("wagtailadmin_pages:add", args=["whatson", "eventpage", parent_page.pk])
    data = rendered_form_data(admin_client.get(url))
    data.update(
        {
            "title": "Coffee morning",
            "slug": "coffee-morning",
            "start": "2027-03-02 10:00",
            "end": "2027-03-02 12:00",
        },
        **{"body-count": "0"},
        **venue,
    )

    response = admin_client.post(url, data)

    assert (VENUE_NEEDED in response.content.decode()) is refused
    assert EventPage.objects.filter(slug="coffee-morning").exists() is not refused

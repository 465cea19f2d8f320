"""What's on: coming events only, filtered by district, type and dates, without JavaScript."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.dates import local_now
from whatson.factories import event_page
from whatson.listing import EventFilterForm, event_listing
from whatson.models import EventCancellation

pytestmark = pytest.mark.django_db


def listed_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in soup.select(".lc-card__link")]


def test_whats_on_answers_at_events(client, events_index):
    response = client.get("/events/")

    assert response.status_code == 200
    assert events_index.url == "/events/"


@pytest.mark.parametrize(
    ("ends_after_now", "listed"),
    [(timedelta(minutes=1), True), (timedelta(0), False), (timedelta(minutes=-1), False)],
    ids=["ends in a minute", "ends now", "ended a minute ago"],
)
def test_an_event_drops_off_the_listing_when_it_ends(library, ends_after_now, listed):
    now = local_now().replace(microsecond=0)
    event_page(library, title="Book sale", start=now - timedelta(hours=1), end=now + ends_after_now)

    titles = [item.event.title for item in event_listing(library, EventFilterForm(), now=now).items]

    assert ("Book sale" in titles) is listed


def test_past_events_are_gone_from_whats_on_and_the_library_page(client, library):
    now = local_now()
    event_page(
        library,
        title="Last month's fair",
        start=now - timedelta(days=30),
        end=now - timedelta(days=30, hours=-2),
    )
    event_page(
        library, title="Knit and natter", start=now + timedelta(days=3), end=now + timedelta(days=3, hours=2)
    )

    for url in ("/events/", library.url):
        html = client.get(url).content.decode()
        assert "Knit and natter" in html, url
        assert "Last month" not in html, url


def test_a_repeating_event_is_listed_once_by_its_next_date(client, library):
    now = local_now().replace(second=0, microsecond=0)
    event_page(
        library,
        title="Work club",
        start=now - timedelta(days=70),
        end=now - timedelta(days=70, hours=-2),
        repeats="weekly",
    )

    listing = event_listing(library, EventFilterForm(), now=now)

    assert [item.event.title for item in listing.items] == ["Work club"]
    assert now < listing.items[0].occurrence.end <= now + timedelta(days=7, hours=2)


def test_a_repeating_event_past_its_last_date_is_gone(library):
    now = local_now()
    event_page(
        library,
        title="Summer reading club",
        start=now - timedelta(days=60),
        end=now - timedelta(days=60, hours=-1),
        repeats="weekly",
        repeat_until=(now - timedelta(days=1)).date(),
    )

    assert event_listing(library, EventFilterForm(), now=now).items == []


def test_whats_on_filters_by_district(client, library, other_library):
    event_page(library, title="Quorn quiz")
    event_page(other_library, title="Lutterworth lecture")

    assert "Quorn quiz" in listed_titles(client.get("/events/?district=charnwood"))
    assert "Lutterworth lecture" not in listed_titles(client.get("/events/?district=charnwood"))
    assert "Lutterworth lecture" in listed_titles(client.get("/events/?district=harborough"))


def test_an_event_at_an_address_is_filed_under_the_district_the_gazetteer_places_it_in(client, events_index):
    event = event_page(
        events_index, title="Village hall talk", venue_name="Village hall", venue_town="Market Bosworth"
    )

    assert event.district == "hinckley-and-bosworth"
    assert event.latitude is not None
    assert "Village hall talk" in listed_titles(client.get("/events/?district=hinckley-and-bosworth"))


def test_an_event_posted_under_a_library_is_held_there(library):
    event = event_page(library, title="Story time")

    assert event.venue_library_id == library.pk
    assert event.district == library.district


def test_whats_on_filters_by_type(client, library):
    event_page(library, title="Rhyme time", event_type="children-and-families")
    event_page(library, title="CV clinic", event_type="learning-and-skills")

    titles = listed_titles(client.get("/events/?type=children-and-families"))

    assert "Rhyme time" in titles and "CV clinic" not in titles


def test_whats_on_filters_by_dates_either_side_of_the_range(client, library):
    today = local_now().date()
    for offset, title in [(9, "Day before"), (10, "First day"), (12, "Last day"), (13, "Day after")]:
        start = local_now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=offset)
        event_page(library, title=title, start=start, end=start + timedelta(hours=1))
    first, last = today + timedelta(days=10), today + timedelta(days=12)

    titles = listed_titles(client.get(f"/events/?date_from={first:%Y-%m-%d}&date_to={last:%Y-%m-%d}"))

    assert "First day" in titles and "Last day" in titles
    assert "Day before" not in titles and "Day after" not in titles


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("date_from=2026-13-45", "Enter a valid date."),
        (
            "date_from=2027-02-10&date_to=2027-02-01",
            "The end date must be the same as or after the start date.",
        ),
        ("section=999999", "That page has no events to show."),
    ],
)
def test_bad_filters_are_explained_and_the_listing_still_shows(client, library, query, message):
    event_page(library, title="Coffee morning")

    response = client.get(f"/events/?{query}")

    assert response.status_code == 200
    assert message in response.content.decode()
    assert "Coffee morning" in listed_titles(response)


def test_the_filters_keep_what_was_chosen(client):
    html = client.get("/events/?district=melton&date_from=2027-01-05").content.decode()
    soup = BeautifulSoup(html, "html.parser")

    assert soup.select_one("#id_district option[selected]")["value"] == "melton"
    assert soup.select_one("#id_date_from")["value"] == "2027-01-05"


def test_a_librarys_own_listing_shows_only_its_events(client, library, other_library):
    event_page(library, title="Quorn quiz")
    event_page(other_library, title="Lutterworth lecture")

    titles = listed_titles(client.get(f"/events/?section={library.pk}"))

    assert "Quorn quiz" in titles and "Lutterworth lecture" not in titles


def test_whats_on_works_without_javascript_as_a_plain_get_form(client):
    soup = BeautifulSoup(client.get("/events/").content, "html.parser")
    form = soup.select_one("form#event-filters")

    assert form["method"] == "get"
    assert {field["name"] for field in form.select("select, input")} >= {
        "district",
        "type",
        "date_from",
        "date_to",
    }
    assert form.select_one("button[type=submit]")


def test_listing_queries_do_not_grow_with_the_number_of_events(client, library, other_library):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    event_page(library, title="Event 1")
    event_page(other_library, title="Event 2", repeats="weekly")
    urls = ["/events/", "/events/calendar/", library.url, "/"]
    before = {url: queries(url) for url in urls}
    for number in range(3, 12):
        event = event_page(
            library if number % 2 else other_library, title=f"Event {number}", repeats="weekly"
        )
        EventCancellation.objects.create(page=event, date=date.today() + timedelta(days=14))

    assert {url: queries(url) for url in urls} == before


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ""),
        ("?type=other&utm_source=x", "?type=other"),
        ("?district=melton&type=nonsense", ""),
        ("?date_from=2026-12-24&date_to=2026-12-31", "?date_from=2026-12-24&date_to=2026-12-31"),
    ],
)
def test_the_calendar_feed_link_carries_only_the_filters_in_force(client, events_index, query, expected):
    soup = BeautifulSoup(client.get(f"/events/{query}").content, "html.parser")

    links = [
        soup.select_one("link[type='text/calendar']")["href"],
        soup.select_one("a[href*='calendar/']")["href"],
    ]

    assert links == [f"/events/calendar/{expected}"] * 2


@pytest.mark.parametrize("query", ["", "?type=other", "?district={district}"])
def test_a_listing_drawn_before_is_the_same_and_reads_no_events_again(client, library, settings, query):
    settings.PAGE_CACHE_SECONDS = 0
    event_page(library, title="Book sale")  # held at the library, in its district
    query = query.format(district=library.district)
    first = listed_titles(client.get(f"/events/{query}"))

    with CaptureQueriesContext(connection) as queries:
        again = listed_titles(client.get(f"/events/{query}"))

    assert again == first and "Book sale" in again
    assert not [q["sql"] for q in queries if "whatson_eventpage" in q["sql"]]

"""Calendar files (.ics), read back with the icalendar library as a calendar program would."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from whatson.factories import event_page
from whatson.models import EventCancellation

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def read_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_an_events_calendar_file_holds_its_times_place_and_link(client, library):
    start = datetime(2027, 3, 2, 19, 0, tzinfo=LONDON)
    event = event_page(
        library,
        title="Author talk",
        start=start,
        end=start + timedelta(hours=2),
        cost="£3",
        booking_url="https://tickets.example.org.uk/author-talk",
    )

    response = client.get(event.url + "calendar/")
    calendar = read_calendar(response)
    (vevent,) = calendar.walk("VEVENT")

    assert "attachment" in response["Content-Disposition"] and ".ics" in response["Content-Disposition"]
    assert str(vevent["SUMMARY"]) == "Author talk"
    assert vevent.decoded("DTSTART") == start
    assert str(vevent["DTSTART"].params["TZID"]) == "Europe/London"
    assert vevent.decoded("DTEND") == start + timedelta(hours=2)
    assert "Quorn Test Library" in str(vevent["LOCATION"])
    assert str(vevent["URL"]) == event.get_full_url()  # the Site's address, whoever asks
    assert str(vevent["URL"]).startswith("http://localhost/")
    assert "Cost: £3" in str(vevent["DESCRIPTION"])
    assert calendar.walk("VTIMEZONE"), "the file says what Europe/London means"


def test_a_repeating_event_carries_its_rule_and_cancelled_dates(client, library):
    start = datetime(2026, 10, 13, 14, 0, tzinfo=LONDON)  # the second Tuesday
    event = event_page(
        library,
        title="Computer help",
        start=start,
        end=start + timedelta(hours=2),
        repeats="monthly",
        repeat_until=date(2027, 6, 30),
    )
    EventCancellation.objects.create(page=event, date=date(2026, 12, 8))

    (vevent,) = read_calendar(client.get(event.url + "calendar/")).walk("VEVENT")
    rule = vevent["RRULE"]

    assert rule["FREQ"] == ["MONTHLY"]
    assert rule["BYDAY"] == ["2TU"]
    assert rule["UNTIL"][0].astimezone(LONDON).date() == date(2027, 6, 30)
    assert [d.dt for d in vevent["EXDATE"].dts] == [datetime(2026, 12, 8, 14, 0, tzinfo=LONDON)]


def test_a_weekly_rule_read_back_gives_the_same_dates_as_the_page(client, library):
    from dateutil.rrule import rrulestr

    start = datetime(2026, 10, 14, 19, 0, tzinfo=LONDON)
    event = event_page(
        library, title="Choir", start=start, end=start + timedelta(hours=1), repeats="fortnightly"
    )
    (vevent,) = read_calendar(client.get(event.url + "calendar/")).walk("VEVENT")

    rule = rrulestr(vevent["RRULE"].to_ical().decode(), dtstart=vevent.decoded("DTSTART"))

    assert rule[:4] == [o.start for o in event.occurrences(before=datetime(2026, 12, 1, tzinfo=LONDON))]


def test_the_whats_on_feed_follows_the_listings_filters(client, library, other_library):
    event_page(library, title="Quorn quiz")
    event_page(other_library, title="Lutterworth lecture")

    everything = read_calendar(client.get("/events/calendar/"))
    charnwood = read_calendar(client.get("/events/calendar/?district=charnwood"))
    one_library = read_calendar(client.get(f"/events/calendar/?section={other_library.pk}"))

    def titles(calendar):
        return {str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")}

    assert {"Quorn quiz", "Lutterworth lecture"} <= titles(everything)
    assert "Quorn quiz" in titles(charnwood) and "Lutterworth lecture" not in titles(charnwood)
    assert titles(one_library) == {"Lutterworth lecture"}


def test_past_events_are_not_in_the_feed(client, library):
    start = datetime.now(LONDON) - timedelta(days=2)
    event_page(library, title="Gone", start=start, end=start + timedelta(hours=1))

    summaries = {str(v["SUMMARY"]) for v in read_calendar(client.get("/events/calendar/")).walk("VEVENT")}

    assert "Gone" not in summaries


def test_event_pages_and_listings_link_to_their_calendar_files(client, library):
    event = event_page(library, title="Reading group")

    assert f'href="{event.url}calendar/"' in client.get(event.url).content.decode()
    assert 'href="/events/calendar/' in client.get("/events/").content.decode()

"""iCalendar files (the icalendar library): one event's, or a listing's as a calendar feed."""

from datetime import UTC, datetime, time

import icalendar
from django.http import HttpResponse
from django.utils import timezone

from whatson.recurrence import Repeats, local_zone, nth_weekday

# How many years ahead a calendar file spells out the clock changes (subscribed feeds refresh long before).
TIMEZONE_YEARS = 3
_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _rule(event, local_start):
    if not event.repeats:
        return None
    rule = {"freq": "weekly"}
    if event.repeats == Repeats.FORTNIGHTLY:
        rule["interval"] = 2
    elif event.repeats == Repeats.MONTHLY:
        rule = {"freq": "monthly", "byday": f"{nth_weekday(local_start)}{_WEEKDAYS[local_start.weekday()]}"}
    if event.repeat_until:
        # With a zoned start, UNTIL must be in UTC (RFC 5545 3.3.10).
        last = datetime.combine(event.repeat_until, time.max.replace(microsecond=0), tzinfo=local_zone())
        rule["until"] = last.astimezone(UTC)
    return rule


def event_component(event, request):
    zone = local_zone()
    start = event.start.astimezone(zone)
    end = event.end.astimezone(zone)
    component = icalendar.Event()
    component.add("uid", f"event-{event.pk}@{request.get_host()}")
    component.add("dtstamp", timezone.now())
    component.add("summary", event.title)
    component.add("dtstart", start)
    component.add("dtend", end)
    rule = _rule(event, start)
    if rule:
        component.add("rrule", rule)
        for cancelled in event.cancelled_dates:
            component.add("exdate", datetime.combine(cancelled, start.time(), tzinfo=zone))
    location = ", ".join(event.venue_lines)
    if location:
        component.add("location", location)
    description = [event.listing_summary, event.cost and f"Cost: {event.cost}"]
    description += [
        event.booking_url and f"Booking: {event.booking_url}",
        event.contact and f"Contact: {event.contact}",
    ]
    component.add("description", "\n".join(line for line in description if line))
    component.add("url", event.get_full_url(request))
    return component


def calendar(events, request, name):
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Leicestershire Communities//What's on//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    events = list(events)
    for event in events:
        cal.add_component(event_component(event, request))
    # The clock changes only for the years the events cover, not icalendar's default 1970 to 2038.
    today = timezone.localdate()
    first = min((event.start.astimezone(local_zone()).date() for event in events), default=today)
    cal.add_missing_timezones(first_date=first, last_date=today.replace(year=today.year + TIMEZONE_YEARS))
    return cal


def calendar_response(events, request, filename, name):
    response = HttpResponse(
        calendar(events, request, name).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response

"""schema.org Event data for search engines, from an event page."""

from whatson.recurrence import Repeats, local_zone

_FREQUENCY = {Repeats.WEEKLY: "P1W", Repeats.FORTNIGHTLY: "P2W", Repeats.MONTHLY: "P1M"}


def event_json_ld(event, request=None):
    occurrence = event.next_occurrence or event.occurrences(limit=1)[0]
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": event.get_full_url(request),
        "startDate": occurrence.start.isoformat(),
        "endDate": occurrence.end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": _place(event),
    }
    if event.listing_summary:
        data["description"] = event.listing_summary
    if event.repeats:
        zone = local_zone()
        start, end = event.start.astimezone(zone), event.end.astimezone(zone)
        schedule = {
            "@type": "Schedule",
            "repeatFrequency": _FREQUENCY[event.repeats],
            "byDay": f"https://schema.org/{start:%A}",
            "startDate": start.date().isoformat(),
            "startTime": start.strftime("%H:%M"),
            "endTime": end.strftime("%H:%M"),
            "scheduleTimezone": str(zone),
        }
        if event.repeat_until:
            schedule["endDate"] = event.repeat_until.isoformat()
        if event.cancelled_dates:
            schedule["exceptDate"] = [day.isoformat() for day in event.cancelled_dates]
        data["eventSchedule"] = schedule
    if event.cost:
        data["offers"] = {
            "@type": "Offer",
            "description": event.cost,
            "url": event.booking_url or data["url"],
        }
    if event.cost.strip().lower() == "free":
        data["isAccessibleForFree"] = True
    return data


def _place(event):
    if event.venue_library_id:
        library = event.venue_library
        name, street, town, postcode = library.title, library.address, library.town, library.postcode
    else:
        name, street, town, postcode = (
            event.venue_name,
            event.venue_address,
            event.venue_town,
            event.venue_postcode,
        )
    place = {
        "@type": "Place",
        "name": name or town,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(line.strip() for line in street.splitlines() if line.strip()),
            "addressLocality": town,
            "addressRegion": "Leicestershire",
            "postalCode": postcode,
            "addressCountry": "GB",
        },
    }
    if event.latitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(event.latitude),
            "longitude": float(event.longitude),
        }
    return place

"""schema.org Library data for search engines, from a library page."""

from libraries.opening_hours import DAY_NAMES, MIDNIGHT


def _time(value):
    return "23:59" if value == MIDNIGHT else value.strftime("%H:%M")


def library_json_ld(page, request=None):
    data = {
        "@context": "https://schema.org",
        "@type": "Library",
        "name": page.title,
        "url": page.get_full_url(request),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(line.strip() for line in page.address.splitlines() if line.strip()),
            "addressLocality": page.town,
            "addressRegion": "Leicestershire",
            "postalCode": page.postcode,
            "addressCountry": "GB",
        },
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{DAY_NAMES[session.weekday]}",
                "opens": _time(session.opens),
                "closes": _time(session.closes),
            }
            for session in page.weekly_sessions
        ],
    }
    if page.listing_summary:
        data["description"] = page.listing_summary
    if page.phone:
        data["telephone"] = page.phone
    if page.email:
        data["email"] = page.email
    if page.has_coordinates:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": page.point.latitude,
            "longitude": page.point.longitude,
        }
    special = [_special_hours(exception) for exception in page.upcoming_exceptions()]
    if special:
        data["specialOpeningHoursSpecification"] = special
    services = [service.name for service in page.services.all()]
    if services:
        data["amenityFeature"] = [
            {"@type": "LocationFeatureSpecification", "name": name, "value": True} for name in services
        ]
    return data


def _special_hours(exception):
    # schema.org marks a closed day with opens and closes both 00:00.
    session = exception.session
    return {
        "@type": "OpeningHoursSpecification",
        "validFrom": exception.start.isoformat(),
        "validThrough": exception.end.isoformat(),
        "opens": _time(session.opens) if session else "00:00",
        "closes": _time(session.closes) if session else "00:00",
    }

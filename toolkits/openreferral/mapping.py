"""How our content reads as Open Referral UK records: one function per record type.

Support services map to services (organisation, contacts, schedules, cost, service areas); each
community library to an organisation, a location and one service per hub service it offers, with its
weekly opening sessions as schedules. Kinds of support and library services are the two taxonomies.
docs/open-data.md has the same mapping as a table. Empty values are left out rather than sent as "".
"""

from django.utils.html import strip_tags

from libraries.opening_hours import DAY_NAMES
from toolkits.openreferral.ids import stable_id

ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

SUPPORT_TAXONOMY = {
    "id": stable_id("taxonomy", "support-categories"),
    "name": "Leicestershire Communities kinds of support",
    "description": "The kinds of local support the Communities Team lists, e.g. befriending or carers.",
    "version": "1",
}
LIBRARY_TAXONOMY = {
    "id": stable_id("taxonomy", "library-services"),
    "name": "Leicestershire community library services",
    "description": "What Leicestershire's community managed libraries offer besides books.",
    "version": "1",
}
TAXONOMIES = [SUPPORT_TAXONOMY, LIBRARY_TAXONOMY]


def without_empty(record):
    return {key: value for key, value in record.items() if value not in (None, "", [])}


def taxonomy_term(item, taxonomy, prefix):
    """A kind of support or a library service as a term of its taxonomy."""
    return {
        "id": stable_id("taxonomy", prefix, item.slug),
        "name": item.name,
        "description": item.description,
        "taxonomy": taxonomy["name"],
        "taxonomy_id": taxonomy["id"],
        "term": item.slug,
    }


def support_category_term(category):
    return taxonomy_term(category, SUPPORT_TAXONOMY, "support-categories")


def library_service_term(library_service):
    return taxonomy_term(library_service, LIBRARY_TAXONOMY, "library-services")


def attribute(owner_id, term):
    """Links a service to a taxonomy term."""
    return {
        "id": stable_id(owner_id, "attribute", term["id"]),
        "link_id": owner_id,
        "link_type": "service",
        "taxonomy_term_id": term["id"],
        "taxonomy_term": term,
    }


def contact(owner_id, name, phone, email):
    if not (phone or email):
        return []
    contact_id = stable_id(owner_id, "contact")
    phones = (
        [{"id": stable_id(contact_id, "phone"), "contact_id": contact_id, "number": phone}] if phone else []
    )
    return [
        without_empty(
            {"id": contact_id, "service_id": owner_id, "name": name, "email": email, "phones": phones}
        )
    ]


def phones(owner_id, phone):
    return [{"id": stable_id(owner_id, "phone"), "service_id": owner_id, "number": phone}] if phone else []


def timestamp(moment):
    return moment.isoformat() if moment else None


# Support services


def support_organisation(name):
    """The group or charity named as running a service; services run by the same name share it."""
    return {
        "id": stable_id("organisation", " ".join(name.casefold().split())),
        "name": name,
        "description": "",
    }


def support_service(service):
    """A full service record (the list leaves out the nested arrays). Uses prefetched relations."""
    service_id = str(service.public_id)
    organisation = support_organisation(service.organisation) if service.organisation else None
    record = {
        "id": service_id,
        "organization_id": organisation and organisation["id"],
        "name": service.name,
        "description": service.description,
        "eligibility_description": service.who_it_is_for,
        "application_process": service.how_to_refer,
        "url": service.website,
        "email": service.email,
        "status": "active",
        "last_modified": timestamp(service.last_published_at),
        "organization": organisation,
        "schedules": [
            {
                "id": stable_id(service_id, "schedule"),
                "service_id": service_id,
                "description": service.opening_times,
            }
        ]
        if service.opening_times
        else [],
        "service_areas": [
            {
                "id": stable_id(service_id, "area", district.slug),
                "service_id": service_id,
                "name": district.name,
                "service_area": district.name,
                "extent_type": "district",
            }
            for district in service.districts.all()
        ],
        "service_at_locations": [],
        "cost_options": [
            {
                "id": stable_id(service_id, "cost"),
                "service_id": service_id,
                "amount_description": service.cost,
            }
        ]
        if service.cost
        else [],
        "contacts": contact(service_id, service.organisation or service.name, service.phone, service.email),
        "phones": phones(service_id, service.phone),
        "attributes": [attribute(service_id, support_category_term(c)) for c in service.categories.all()],
        "languages": [],
        "funding": [],
    }
    return without_empty(record)


# Community libraries


def library_organisation(library, url):
    organisation_id = stable_id("library", library.slug, "organisation")
    identifiers = [
        {
            "id": stable_id(organisation_id, "charity-number"),
            "organization_id": organisation_id,
            "identifier_scheme": "GB-CHC",
            "identifier_type": "Registered charity number",
            "identifier": library.charity_number,
        }
    ]
    organisation = without_empty(
        {
            "id": organisation_id,
            "name": library.organisation_name or library.title,
            "email": library.email,
            "website": library.website,
            "uri": url,
            "organization_identifiers": identifiers if library.charity_number else [],
        }
    )
    return {**organisation, "description": library.listing_summary or ""}  # required, even when empty


def library_location(library):
    location_id = stable_id("library", library.slug, "location")
    point = library.point
    accessibility = strip_tags(library.accessibility).strip()
    return without_empty(
        {
            "id": location_id,
            "location_type": "physical",
            "name": library.title,
            "description": library.listing_summary,
            "latitude": point and round(point.latitude, 6),
            "longitude": point and round(point.longitude, 6),
            "addresses": [
                {
                    "id": stable_id(location_id, "address"),
                    "location_id": location_id,
                    "address_1": ", ".join(
                        line.strip() for line in library.address.splitlines() if line.strip()
                    ),
                    "city": library.town,
                    "state_province": "Leicestershire",
                    "postal_code": library.postcode,
                    "country": "GB",
                    "address_type": "physical",
                }
            ],
            "accessibility": [
                {
                    "id": stable_id(location_id, "accessibility"),
                    "location_id": location_id,
                    "description": accessibility,
                }
            ]
            if accessibility
            else [],
        }
    )


def library_service_at_location_id(library, library_service):
    return stable_id("library", library.slug, "service", library_service.slug, "at-location")


def library_schedules(library, service_id, at_location_id):
    """The library's usual weekly opening sessions (uses prefetched opening_sessions)."""
    return [
        {
            "id": stable_id(at_location_id, "schedule", session.weekday, f"{session.opens:%H:%M}"),
            "service_id": service_id,
            "service_at_location_id": at_location_id,
            "freq": "WEEKLY",
            "byday": ICAL_DAYS[session.weekday],
            "opens_at": f"{session.opens:%H:%M}",
            "closes_at": f"{session.closes:%H:%M}",
            "description": f"{DAY_NAMES[session.weekday]} {session.opens:%H:%M} to {session.closes:%H:%M}",
        }
        for session in library.weekly_sessions
    ]


def library_service(library, library_service, organisation, location, url):
    """A hub service offered at a library, e.g. "Warm space at Anstey Library"."""
    service_id = stable_id("library", library.slug, "service", library_service.slug)
    at_location_id = library_service_at_location_id(library, library_service)
    record = {
        "id": service_id,
        "organization_id": organisation["id"],
        "name": f"{library_service.name} at {library.title}",
        "description": library_service.description or library.listing_summary,
        "url": url,
        "email": library.email,
        "status": "active",
        "last_modified": timestamp(library.last_published_at),
        "organization": organisation,
        "schedules": library_schedules(library, service_id, at_location_id),
        "service_at_locations": [
            {
                "id": at_location_id,
                "service_id": service_id,
                "location_id": location["id"],
                "location": location,
            }
        ],
        "contacts": contact(service_id, organisation["name"], library.phone, library.email),
        "phones": phones(service_id, library.phone),
        "attributes": [attribute(service_id, library_service_term(library_service))],
        "service_areas": [],
        "cost_options": [],
        "languages": [],
        "funding": [],
    }
    return without_empty(record)


# The shapes the list endpoints use

NESTED = {"schedules", "service_areas", "service_at_locations", "cost_options", "contacts", "phones"}
NESTED |= {"attributes", "languages", "funding"}
ORGANISATION_NESTED = {"organization_identifiers", "attributes", "services"}


def service_summary(service):
    """A service as /services lists it: one-to-one fields only."""
    summary = {key: value for key, value in service.items() if key not in NESTED}
    if "organization" in summary:
        summary["organization"] = {
            key: value for key, value in summary["organization"].items() if key not in ORGANISATION_NESTED
        }
    return summary


def service_at_location_summary(service, at_location):
    return {
        "id": at_location["id"],
        "service_id": service["id"],
        "location_id": at_location["location_id"],
        "location": at_location["location"],
        "service": service_summary(service),
    }


def service_at_location_full(service, at_location):
    """A service at a location with everything about both. It also carries the service's name and
    status, since the profile's openapi.json describes this response with the service schema."""
    full_service = {key: value for key, value in service.items() if key != "service_at_locations"}
    return {
        **service_at_location_summary(service, at_location),
        "service": full_service,
        "name": service["name"],
        "status": service["status"],
        "schedules": service.get("schedules", []),
    }

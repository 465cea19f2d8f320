"""What the feed publishes, read in a fixed number of queries, and the filters the profile defines.

Only published support services and live, public library pages are read: drafts, unpublished and
private pages never reach a record. The whole directory is small (hundreds of services), so it is
built in memory and filtered and paged there; the number of queries does not grow with it.
"""

from dataclasses import dataclass, field

from home import gazetteer
from libraries.models import CommunityLibraryPage, LibraryService
from toolkits.models import SupportCategory, SupportService
from toolkits.openreferral import mapping


@dataclass
class ListedService:
    record: dict  # the full service record
    text: str = ""  # what a text search looks in, casefolded
    sessions: list = field(default_factory=list)  # WeeklySession, for the day and time filters
    point: gazetteer.Point | None = None  # where its locations are, for proximity

    @property
    def term_ids(self):
        return {attribute["taxonomy_term_id"] for attribute in self.record.get("attributes", [])}

    @property
    def taxonomy_ids(self):
        return {attribute["taxonomy_term"]["taxonomy_id"] for attribute in self.record.get("attributes", [])}


def published_services(request):
    """Every published service, support services and library hub services, ordered by name."""
    listed = [_listed_support_service(service) for service in _support_services()]
    for library in _libraries():
        url = library.get_full_url(request)
        organisation = mapping.library_organisation(library, url)
        location = mapping.library_location(library)
        for library_service in library.services.all():
            record = mapping.library_service(library, library_service, organisation, location, url)
            text = " ".join([record["name"], record.get("description", ""), library.town, library.postcode])
            listed.append(ListedService(record, text.casefold(), library.weekly_sessions, library.point))
    return sorted(listed, key=lambda item: (item.record["name"].casefold(), item.record["id"]))


def _support_services():
    return SupportService.objects.live().prefetch_related("categories", "districts").order_by("name")


def _libraries():
    return (
        CommunityLibraryPage.objects.live()
        .public()
        .order_by("title")
        .prefetch_related("services", "opening_sessions")
    )


def _listed_support_service(service):
    words = [service.name, service.description, service.organisation, service.who_it_is_for]
    words += [category.name for category in service.categories.all()]
    words += [district.name for district in service.districts.all()]
    return ListedService(mapping.support_service(service), " ".join(words).casefold())


def taxonomy_terms():
    """Every term of both taxonomies: kinds of support, then library services."""
    terms = [mapping.support_category_term(category) for category in SupportCategory.objects.all()]
    return terms + [mapping.library_service_term(service) for service in LibraryService.objects.all()]


# Filters: each takes the listed services and an already checked value


def matching_text(services, text):
    words = text.casefold().split()
    return [item for item in services if all(word in item.text for word in words)]


def with_term(services, term_id):
    return [item for item in services if term_id in item.term_ids]


def in_taxonomy(services, taxonomy_id):
    return [item for item in services if taxonomy_id in item.taxonomy_ids]


def open_at(services, weekday=None, start=None, end=None):
    """Services with a weekly session on that day, opening no earlier than start and closing no later
    than end. Services whose hours are only described in words have no sessions, so never match."""

    def fits(session):
        return (
            (weekday is None or session.weekday == weekday)
            and (start is None or session.opens >= start)
            and (end is None or session.closes <= end)
        )

    return [item for item in services if any(fits(session) for session in item.sessions)]


def near(services, point, metres=None):
    """Services with a location, nearest first; only those within metres when given."""
    located = [(gazetteer.distance_km(point, item.point) * 1000, item) for item in services if item.point]
    return [
        item
        for distance, item in sorted(located, key=lambda pair: pair[0])
        if metres is None or distance <= metres
    ]

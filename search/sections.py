"""The sections residents can narrow a search to.

Each page model says which section it is in and what one of its results is called
(`search_section`, `search_type_label`), so a new page type is placed by its own code; this module
only lists the sections, in the order the filters show them.
"""

from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.search import index


@dataclass(frozen=True)
class Section:
    slug: str
    label: str


LIBRARIES = Section("libraries", "Community managed libraries")
NEIGHBOURHOOD_PLANNING = Section("neighbourhood-planning", "Neighbourhood planning")
TOOLKITS = Section("toolkits", "Toolkits")
CASE_STUDIES = Section("case-studies", "Case studies")
NEWS_AND_EVENTS = Section("news-and-events", "News and events")
SUPPORT_SERVICES = Section("support-services", "Local support services")
OTHER = Section("other", "Other pages")

SECTIONS = (
    LIBRARIES,
    NEIGHBOURHOOD_PLANNING,
    TOOLKITS,
    CASE_STUDIES,
    NEWS_AND_EVENTS,
    SUPPORT_SERVICES,
    OTHER,
)
SECTIONS_BY_SLUG = {section.slug: section for section in SECTIONS}


def type_label(obj):
    return getattr(obj, "search_type_label", "Page")


def section_of(model):
    """The section a model's results are in (Wagtail's own page types are "Other pages")."""
    return getattr(model, "search_section", OTHER)


@cache
def page_models():
    from wagtail.models import Page

    return tuple(model for model in apps.get_models() if issubclass(model, Page))


def section_content_type_ids():
    """{section slug: {content type id, ...}} for the page sections; "Other pages" is everything else
    (Django caches content types)."""
    by_section = {}
    for model in page_models():
        if section_of(model) is not OTHER:
            content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
            by_section.setdefault(model.search_section.slug, set()).add(content_type.pk)
    return by_section


def section_of_content_type(content_type_id, by_section):
    for slug, ids in by_section.items():
        if content_type_id in ids:
            return slug
    return OTHER.slug


@cache
def district_page_models():
    """Page types filed under a district: those with index.FilterField("district")."""
    return [
        model
        for model in page_models()
        if any(
            isinstance(field, index.FilterField) and field.field_name == "district"
            for field in model.get_search_fields()
        )
    ]

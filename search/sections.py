"""The sections residents can narrow a search to, and what each kind of result is called."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType

SUPPORT_SERVICES = "support-services"
OTHER = "other"


@dataclass(frozen=True)
class Section:
    slug: str
    label: str
    page_models: tuple = ()


SECTIONS = (
    Section(
        "libraries",
        "Community managed libraries",
        ("libraries.LibraryIndexPage", "libraries.CommunityLibraryPage"),
    ),
    Section(
        "neighbourhood-planning",
        "Neighbourhood planning",
        (
            "neighbourhood.NeighbourhoodPlanningIndexPage",
            "neighbourhood.NeighbourhoodPlanPage",
            "neighbourhood.NetworkSignupPage",
        ),
    ),
    Section(
        "toolkits",
        "Toolkits",
        ("toolkits.ToolkitIndexPage", "toolkits.ToolkitPage", "toolkits.ToolkitChapterPage"),
    ),
    Section("case-studies", "Case studies", ("toolkits.CaseStudyIndexPage", "toolkits.CaseStudyPage")),
    Section(
        "news-and-events",
        "News and events",
        ("whatson.NewsIndexPage", "whatson.NewsPage", "whatson.EventIndexPage", "whatson.EventPage"),
    ),
    Section(SUPPORT_SERVICES, "Local support services"),
    Section(OTHER, "Other pages"),
)
SECTIONS_BY_SLUG = {section.slug: section for section in SECTIONS}

# Page types filed under a district (each has a `district` field and index.FilterField("district")).
DISTRICT_PAGE_MODELS = (
    "libraries.CommunityLibraryPage",
    "neighbourhood.NeighbourhoodPlanPage",
    "toolkits.CaseStudyPage",
)

TYPE_LABELS = {
    "libraries.LibraryIndexPage": "Section",
    "libraries.CommunityLibraryPage": "Library",
    "neighbourhood.NeighbourhoodPlanningIndexPage": "Section",
    "neighbourhood.NeighbourhoodPlanPage": "Neighbourhood plan",
    "neighbourhood.NetworkSignupPage": "Neighbourhood planning",
    "toolkits.ToolkitIndexPage": "Section",
    "toolkits.ToolkitPage": "Toolkit",
    "toolkits.ToolkitChapterPage": "Toolkit chapter",
    "toolkits.CaseStudyIndexPage": "Section",
    "toolkits.CaseStudyPage": "Case study",
    "toolkits.SupportService": "Support service",
    "whatson.NewsIndexPage": "Section",
    "whatson.NewsPage": "News",
    "whatson.EventIndexPage": "Section",
    "whatson.EventPage": "Event",
}


def type_label(obj):
    return TYPE_LABELS.get(obj._meta.label, "Page")


def section_content_type_ids():
    """{section slug: {content type id, ...}} for the page sections (Django caches content types)."""
    return {
        section.slug: {
            ContentType.objects.get_for_model(apps.get_model(label), for_concrete_model=False).pk
            for label in section.page_models
        }
        for section in SECTIONS
        if section.page_models
    }


def section_of_content_type(content_type_id, by_section):
    for slug, ids in by_section.items():
        if content_type_id in ids:
            return slug
    return OTHER


def section_for_model(label):
    return next((section.slug for section in SECTIONS if label in section.page_models), OTHER)


def district_page_models():
    return [apps.get_model(label) for label in DISTRICT_PAGE_MODELS]

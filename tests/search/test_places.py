"""Places residents type: every page filed under a district is found by the district's name."""

import pytest

from home.districts import District
from libraries.factories import CommunityLibraryPageFactory
from neighbourhood.factories import NeighbourhoodPlanPageFactory
from tests.search.conftest import result_titles
from toolkits.factories import CaseStudyPageFactory
from whatson.factories import event_page

pytestmark = pytest.mark.django_db

# One factory for each page type with a district (search.sections.district_page_models()).
DISTRICT_PAGE_FACTORIES = {
    "libraries.CommunityLibraryPage": lambda district: CommunityLibraryPageFactory(
        title="Zanzibar Lane Library", town="Zanzibar", district=district
    ),
    "neighbourhood.NeighbourhoodPlanPage": lambda district: NeighbourhoodPlanPageFactory(
        area_name="Zanzibar", district=district
    ),
    "toolkits.CaseStudyPage": lambda district: CaseStudyPageFactory(
        title="Zanzibar repair café", place="Zanzibar", district=district
    ),
    # An event's district is its venue's: here a library's.
    "whatson.EventPage": lambda district: event_page(
        CommunityLibraryPageFactory(title="Yonder Library", town="Yonder", district=district),
        title="Zanzibar quiz night",
    ),
}


def move_to(page, district):
    if hasattr(page, "venue_library"):
        page.venue_library = CommunityLibraryPageFactory(title="Elsewhere Library", district=district)
    else:
        page.district = district
    page.save_revision().publish()


def test_every_page_type_with_a_district_has_a_factory_here():
    from search.sections import district_page_models

    assert set(DISTRICT_PAGE_FACTORIES) == {model._meta.label for model in district_page_models()}


@pytest.mark.parametrize("label", DISTRICT_PAGE_FACTORIES)
@pytest.mark.parametrize(
    ("district", "typed"),
    [
        ("oadby-and-wigston", "Wigston"),  # a town
        ("blaby", "blaby"),  # a district
        ("charnwood", "LE11 3AB"),  # a full postcode (not the one the factory gives the library)
        ("north-west-leicestershire", "le67 3xx"),  # typed in small letters
    ],
)
def test_a_page_is_found_by_its_districts_name(client, label, district, typed):
    page = DISTRICT_PAGE_FACTORIES[label](district)

    assert page.title in result_titles(client.get("/search/", {"query": typed}))

    move_to(page, next(value for value in District.values if value != district))
    assert page.title not in result_titles(client.get("/search/", {"query": typed}))

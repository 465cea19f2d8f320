"""Filters by section and district, with the number of results beside each."""

import pytest

from home.factories import StandardPageFactory
from libraries.factories import CommunityLibraryPageFactory
from search.engine import SiteSearch
from search.query import parse
from tests.search.conftest import facet_counts, result_titles, soup
from toolkits.factories import CaseStudyPageFactory, SupportServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def orchards(home_page):
    """Results for "orchard" in several sections and districts."""
    CommunityLibraryPageFactory(title="Orchard Lane Library", district="melton")
    CommunityLibraryPageFactory(title="Orchard Green Library", district="blaby")
    CaseStudyPageFactory(title="Community orchard planting", district="melton")
    SupportServiceFactory(name="Orchard befriending walks", districts=["melton", "harborough"])
    StandardPageFactory(parent=home_page, title="Orchard news")


def test_counts_beside_each_section_match_the_results(client, orchards):
    response = client.get("/search/", {"query": "orchard"})

    sections = facet_counts(response, "filter-section-heading")
    assert sections == {
        "Community managed libraries": 2,
        "Case studies": 1,
        "Local support services": 1,
        "Other pages": 1,
    }
    assert soup(response).find(id="results-heading").get_text(" ", strip=True).startswith("5 results for")


def test_counts_beside_each_district_match_the_results(client, orchards):
    response = client.get("/search/", {"query": "orchard"})

    assert facet_counts(response, "filter-district-heading") == {"Blaby": 1, "Harborough": 1, "Melton": 3}


def test_choosing_a_district_narrows_results_and_the_section_counts(client, orchards):
    response = client.get("/search/", {"query": "orchard", "district": "melton"})

    assert sorted(result_titles(response)) == [
        "Community orchard planting",
        "Orchard Lane Library",
        "Orchard befriending walks",
    ]
    assert facet_counts(response, "filter-section-heading") == {
        "Community managed libraries": 1,
        "Case studies": 1,
        "Local support services": 1,
    }
    assert soup(response).find(id="results-heading").get_text(" ", strip=True).startswith("3 results for")


def test_choosing_a_section_narrows_results_and_the_district_counts(client, orchards):
    response = client.get("/search/", {"query": "orchard", "section": "libraries"})

    assert sorted(result_titles(response)) == ["Orchard Green Library", "Orchard Lane Library"]
    assert facet_counts(response, "filter-district-heading") == {"Blaby": 1, "Melton": 1}


def test_support_services_section_shows_only_services(client, orchards):
    response = client.get(
        "/search/", {"query": "orchard", "section": "support-services", "district": "harborough"}
    )

    assert result_titles(response) == ["Orchard befriending walks"]


def test_the_chosen_filters_can_be_removed(client, orchards):
    response = client.get("/search/", {"query": "orchard", "section": "libraries", "district": "melton"})

    page = response.content.decode()
    assert "Show all sections" in page
    assert "Show all districts" in page
    assert 'aria-current="true"' in page


@pytest.mark.parametrize(
    "params", [{"district": "atlantis"}, {"section": "x' OR 1=1"}, {"page": "-3"}, {"page": "abc"}]
)
def test_made_up_filter_values_are_ignored(client, orchards, params):
    response = client.get("/search/", {"query": "orchard", **params})

    assert response.status_code == 200
    assert len(result_titles(response)) == 5


@pytest.mark.parametrize(
    ("section", "district"), [("", ""), ("libraries", ""), ("", "melton"), ("case-studies", "melton")]
)
def test_facet_counts_are_the_same_whether_counted_in_sql_or_by_the_backend(
    orchards, home_page, section, district
):
    """The database backends count in one SQL query; Elasticsearch uses Wagtail's facet(). Same answers."""
    search = SiteSearch(parse("orchard"), home_page, section, district)
    pages = search.public_pages()

    in_sql = search.page_counts_in_sql(pages.search(search.backend_query).get_queryset())

    assert in_sql == search.page_counts_by_facets(pages)
    assert sum(in_sql[0].values()) > 0

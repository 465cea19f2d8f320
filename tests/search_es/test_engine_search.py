"""Search behaviour on a real search engine: relevance, visibility, facets, odd input, rebuilds."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from tests.search.conftest import facet_counts, result_titles, soup
from tests.search.test_odd_queries import ODD_QUERIES
from tests.search.test_relevance import CASES, top_three
from toolkits.factories import SupportServiceFactory


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize("case", CASES, ids=[case["query"] for case in CASES])
def test_relevance_cases_on_the_engine(es, case):
    top = top_three(case["query"])

    missing = [title for title in case["top3"] if title not in top]
    assert not missing, f"{case['query']!r}: expected {missing} in the top 3, got {top}"


def test_drafts_private_pages_and_unpublished_services_are_never_found(
    client, es, home_page, indexed_during_test
):
    StandardPageFactory(parent=home_page, title="Secret quokka draft", live=False)
    private = StandardPageFactory(parent=home_page, title="Secret quokka private page")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    SupportServiceFactory(name="Secret quokka service", description="Quokkas.", published=False)
    public = StandardPageFactory(parent=home_page, title="Public quokka page")
    es.refresh()

    assert result_titles(client.get("/search/", {"query": "quokka"})) == ["Public quokka page"]
    assert client.get("/search/suggestions/", {"query": "quok"}).json() == {
        "suggestions": [{"title": "Public quokka page", "url": public.url}]
    }


def test_each_facet_count_is_the_number_of_results_it_gives(client, es):
    response = client.get("/search/", {"query": "befriending"})
    counts = facet_counts(response, "filter-district-heading")

    assert len(counts) >= 2
    for district, count in counts.items():
        slug = district.lower().replace(" & ", "-and-").replace(" ", "-")
        filtered = client.get("/search/", {"query": "befriending", "district": slug})
        heading = soup(filtered).find(id="results-heading").get_text(" ", strip=True)
        assert heading.startswith(f"{count} result"), (district, heading)


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_answer_normally(client, es, query):
    assert client.get("/search/", {"query": query}).status_code == 200
    assert client.get("/search/suggestions/", {"query": query}).status_code == 200


def test_update_index_rebuilds_into_a_new_index_and_switches_the_alias(client, es):
    alias = f"{es.index_prefix}wagtailcore_page"
    before = set(es.es.indices.get_alias(name=alias))

    call_command("update_index", stdout=StringIO())

    after = set(es.es.indices.get_alias(name=alias))
    assert len(after) == 1
    assert after != before
    assert "Understanding loneliness" in result_titles(client.get("/search/", {"query": "loneliness"}))

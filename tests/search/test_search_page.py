import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from libraries.factories import CommunityLibraryPageFactory, LibraryOpeningSessionFactory
from tests.search.conftest import result_titles, soup

pytestmark = pytest.mark.django_db


def test_search_finds_a_live_page_by_a_word_in_its_title(client):
    response = client.get("/search/", {"query": "neighbourhood planning"})

    assert response.status_code == 200
    assert "Neighbourhood planning" in result_titles(response)


def test_search_page_without_a_query_shows_only_the_form(client):
    response = client.get("/search/")

    assert response.status_code == 200
    assert b"results for" not in response.content
    assert soup(response).find("input", id="search-query")


def test_result_cards_say_what_each_result_is(client):
    response = client.get("/search/", {"query": "befriending Melton"})

    cards = {
        card.find("h3").get_text(strip=True): card.select_one(".lc-search-result__type").get_text(
            " ", strip=True
        )
        for card in soup(response).select("ol.lc-search-results li")
    }
    assert cards["Walk and talk befriending group (example)"].startswith("Support service")
    assert "Melton" in cards["Walk and talk befriending group (example)"]


def test_a_library_result_says_whether_it_is_open_now(client):
    library = CommunityLibraryPageFactory(title="Quernby Lane Library", district="melton")
    for weekday in range(7):
        LibraryOpeningSessionFactory(page=library, weekday=weekday, opens="00:00", closes="00:00")

    response = client.get("/search/", {"query": "Quernby"})

    card = soup(response).select_one("ol.lc-search-results li")
    assert card.find("h3").get_text(strip=True) == "Quernby Lane Library"
    assert "Open now" in card.get_text()


def test_a_support_service_result_opens_its_own_page(client):
    response = client.get("/search/", {"query": "Walk and talk befriending"})
    link = soup(response).find("a", string="Walk and talk befriending group (example)")

    service_page = client.get(link["href"])

    assert service_page.status_code == 200
    assert soup(service_page).find("h1").get_text(strip=True) == "Walk and talk befriending group (example)"
    assert "Find other local support" in service_page.content.decode()


def test_results_are_paginated_and_the_next_page_continues_the_list(client):
    for n in range(25):
        CommunityLibraryPageFactory(title=f"Paginated library {n}", town="Zedbury")

    first = client.get("/search/", {"query": "Zedbury"})
    second = client.get("/search/", {"query": "Zedbury", "page": 2})
    third = client.get("/search/", {"query": "Zedbury", "page": 3})

    titles = result_titles(first) + result_titles(second) + result_titles(third)
    assert len(result_titles(first)) == 10
    assert sorted(titles) == sorted(f"Paginated library {n}" for n in range(25))
    assert "Page 2 of 3" in second.content.decode()
    assert soup(second).select_one("ol.lc-search-results")["start"] == "11"


def test_out_of_range_result_page_shows_the_last_page(client):
    response = client.get("/search/", {"query": "community", "page": "999"})

    assert response.status_code == 200
    assert result_titles(response)


def test_no_results_suggests_a_spelling_and_the_sections(client):
    # The closest word, "library", finds nothing in this district either: so it is offered, not searched.
    response = client.get("/search/", {"query": "libary", "district": "oadby-and-wigston"})

    page = soup(response)
    assert "0 results" in page.find(id="results-heading").get_text()
    suggestion = page.find("a", string="library")
    assert suggestion["href"] == "?query=library"
    assert page.find("a", string="Community managed libraries")


def test_a_search_about_loneliness_shows_the_get_help_now_lines(client):
    response = client.get("/search/", {"query": "feeling lonely"})

    assert "Samaritans" in response.content.decode()
    assert "116 123" in response.content.decode()


def test_an_ordinary_search_does_not_show_the_help_lines(client):
    response = client.get("/search/", {"query": "footpath"})

    assert "Samaritans" not in response.content.decode()


def test_the_results_page_query_count_does_not_grow_with_the_results(client, django_assert_max_num_queries):
    def queries_for_a_full_page():
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            client.get("/search/", {"query": "Yarrowby", "page": 1})
        return len(captured)

    for n in range(3):
        library = CommunityLibraryPageFactory(
            title=f"Yarrowby library {n}", town="Yarrowby", district="blaby"
        )
        LibraryOpeningSessionFactory(page=library)
    few = queries_for_a_full_page()
    for n in range(3, 30):
        library = CommunityLibraryPageFactory(
            title=f"Yarrowby library {n}", town="Yarrowby", district="blaby"
        )
        LibraryOpeningSessionFactory(page=library)

    cache.clear()
    with django_assert_max_num_queries(few):
        response = client.get("/search/", {"query": "Yarrowby", "page": 1})
    assert len(result_titles(response)) == 10


def test_each_suggestion_links_to_its_page_or_service(client, home_page):
    from home.factories import StandardPageFactory
    from toolkits.factories import SupportServiceFactory

    page = StandardPageFactory(parent=home_page, title="Wombling free lunches")
    service = SupportServiceFactory(name="Wombling walks")

    suggestions = client.get("/search/suggestions/", {"query": "womb"}).json()["suggestions"]

    assert {"title": "Wombling free lunches", "url": page.url} in suggestions
    service_page = f"/find-local-support/{service.pk}-wombling-walks/"
    assert {"title": "Wombling walks", "url": service_page} in suggestions
    for suggestion in suggestions:
        assert client.get(suggestion["url"]).status_code == 200


@pytest.mark.parametrize("params", [{}, {"query": "befriending"}], ids=["empty", "with a query"])
def test_the_search_page_has_one_search_box_and_it_holds_the_query(client, params):
    response = client.get("/search/", params)

    boxes = soup(response).find_all("input", attrs={"name": "query"})
    assert [box["id"] for box in boxes] == ["search-query"]
    assert boxes[0]["value"] == params.get("query", "")


def test_every_other_page_keeps_the_header_search_box_empty(client):
    response = client.get("/about-us/", {"query": "befriending"})

    box = soup(response).find("input", id="header-search")
    assert box is not None and not box.get("value")

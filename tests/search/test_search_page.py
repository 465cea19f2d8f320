import pytest
from bs4 import BeautifulSoup

from tests.factories.pages import StandardPageFactory

pytestmark = pytest.mark.django_db


def result_titles(response):
    return [
        a.get_text(strip=True) for a in BeautifulSoup(response.content, "html.parser").select("main ol a")
    ]


def test_search_finds_a_live_page_by_a_word_in_its_title(client):
    response = client.get("/search/", {"query": "neighbourhood planning"})

    assert response.status_code == 200
    assert "Neighbourhood planning" in result_titles(response)


def test_search_never_shows_draft_pages(client, home_page):
    StandardPageFactory(parent=home_page, title="Secret draft about beekeeping", live=False)

    response = client.get("/search/", {"query": "beekeeping"})

    assert result_titles(response) == []
    assert b"0 results" in response.content


def test_search_page_without_a_query_shows_only_the_form(client):
    response = client.get("/search/")

    assert response.status_code == 200
    assert b"results for" not in response.content


@pytest.mark.parametrize(
    "query", ["x" * 5000, '"unbalanced', "!!!", "<script>alert(1)</script>", "' OR 1=1 --"]
)
def test_odd_queries_answer_normally_and_are_escaped(client, query):
    response = client.get("/search/", {"query": query})

    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_out_of_range_result_page_shows_the_last_page(client):
    response = client.get("/search/", {"query": "community", "page": "999"})

    assert response.status_code == 200

"""Ranking rules a resident notices: explanations first for questions, a named place's pages first."""

import pytest

from libraries.models import CommunityLibraryPage, LibraryIndexPage
from neighbourhood.models import NeighbourhoodPlanningIndexPage
from tests.search.conftest import result_titles, soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("question", "explainer_model"),
    [
        ("what is a neighbourhood plan", NeighbourhoodPlanningIndexPage),
        ("What's a neighbourhood plan?", NeighbourhoodPlanningIndexPage),
        ("how do community managed libraries work", LibraryIndexPage),
    ],
)
def test_a_question_puts_the_sections_explanation_first(client, question, explainer_model):
    explainer = explainer_model.objects.live().get()

    assert result_titles(client.get("/search/", {"query": question}))[0] == explainer.title


def test_a_town_without_a_page_of_its_own_finds_its_districts_pages(client):
    library = CommunityLibraryPage.objects.live().filter(district="north-west-leicestershire").first()
    assert library is not None and "coalville" not in library.title.lower()

    response = client.get("/search/", {"query": "Coalville"})

    assert library.title in result_titles(response)
    first_three = soup(response).select("ol.lc-search-results > li")[:3]
    serves_coalville = ("north west leicestershire", "all of leicestershire")
    assert first_three
    assert all(any(area in item.get_text().lower() for area in serves_coalville) for item in first_three)


def test_a_short_page_name_with_little_words_finds_that_page(client):
    from wagtail.models import Page

    about = Page.objects.live().filter(title__istartswith="About").first()
    assert about is not None

    assert about.title in result_titles(client.get("/search/", {"query": "about us"}))[:3]

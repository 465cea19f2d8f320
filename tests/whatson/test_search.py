"""News and events are found by site search, labelled, and filed under their own section and district."""

import pytest

from search import sections
from tests.search.conftest import facet_counts, fresh_cache, result_titles  # noqa: F401 - fixture
from whatson.factories import event_page, news_page

pytestmark = pytest.mark.django_db


def test_news_and_events_are_filed_under_their_own_search_section():
    from whatson.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

    for model in (EventPage, NewsPage, EventIndexPage, NewsIndexPage):
        assert model.search_section is sections.NEWS_AND_EVENTS, model
    assert sections.type_label(EventPage) == "Event"
    assert sections.type_label(NewsPage) == "News"


def test_residents_find_an_event_and_a_news_story_by_words_in_them(client, library):
    event_page(library, title="Quilting bee afternoon", summary="Bring a square of fabric.")
    news_page(library, title="Quilting exhibition opens", summary="Quilts made by the library's volunteers.")

    response = client.get("/search/", {"query": "quilting"})

    assert {"Quilting bee afternoon", "Quilting exhibition opens"} <= set(result_titles(response))
    assert facet_counts(response, "filter-section-heading")["News and events"] == 2

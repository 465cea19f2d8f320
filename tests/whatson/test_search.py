"""News and events are found by site search, labelled, and filed under their own section and district."""

import pytest
from wagtail.models import get_page_models

from search import sections
from tests.factories.whatson import event_page, news_page
from tests.search.conftest import facet_counts, fresh_cache, result_titles  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def test_every_page_type_is_filed_under_a_search_section_and_labelled():
    """A new page type is caught here until search knows what to call it and where to file it."""
    from wagtail.models import Page

    for model in get_page_models():
        if model is Page:
            continue
        label = model._meta.label
        assert label in sections.TYPE_LABELS or sections.section_for_model(label) == sections.OTHER, label
    for label in ("whatson.EventPage", "whatson.NewsPage"):
        assert sections.section_for_model(label) == "news-and-events"


def test_residents_find_an_event_and_a_news_story_by_words_in_them(client, library):
    event_page(library, title="Quilting bee afternoon", summary="Bring a square of fabric.")
    news_page(library, title="Quilting exhibition opens", summary="Quilts made by the library's volunteers.")

    response = client.get("/search/", {"query": "quilting"})

    assert {"Quilting bee afternoon", "Quilting exhibition opens"} <= set(result_titles(response))
    assert facet_counts(response, "filter-section-heading")["News and events"] == 2

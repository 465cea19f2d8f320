"""Each page model says which search section it belongs to and what its results are called, and the
search asks the backend in use what it can do rather than guessing from its module's name."""

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from libraries.factories import CommunityLibraryPageFactory
from search import sections
from search.backends.capabilities import capabilities_of
from tests.search.conftest import soup

PAGE_MODELS = [model for model in apps.get_models() if issubclass(model, Page) and model is not Page]


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model._meta.label)
def test_every_page_model_declares_its_search_section_and_label(model):
    # Declared on the model itself, not inherited from a base class: a new page type must choose.
    assert isinstance(vars(model).get("search_section"), sections.Section), model
    assert model.search_section in sections.SECTIONS
    assert isinstance(vars(model).get("search_type_label"), str) and model.search_type_label.strip()


def test_the_support_services_say_their_section_too():
    from toolkits.models import SupportService

    assert SupportService.search_section is sections.SUPPORT_SERVICES
    assert SupportService.search_type_label == "Support service"


def test_the_filters_offer_each_section_once_in_order_with_other_pages_last():
    slugs = [section.slug for section in sections.SECTIONS]

    assert len(slugs) == len(set(slugs))
    assert slugs[-1] == sections.OTHER.slug
    assert {model.search_section for model in PAGE_MODELS} <= set(sections.SECTIONS)


def test_the_pages_filed_under_a_district_are_found_from_their_search_fields():
    assert {model._meta.label for model in sections.district_page_models()} == {
        "libraries.CommunityLibraryPage",
        "neighbourhood.NeighbourhoodPlanPage",
        "toolkits.CaseStudyPage",
        "whatson.EventPage",
    }


@pytest.mark.django_db
def test_a_result_is_labelled_and_counted_as_its_model_says(client):
    CommunityLibraryPageFactory(title="Zorbington Library")

    page = soup(client.get("/search/", {"query": "Zorbington"}))

    assert page.select_one(".lc-search-result__type").get_text(strip=True).startswith("Library·")
    assert "Community managed libraries (1)" in page.get_text(" ", strip=True)


@pytest.mark.django_db
def test_the_backend_in_use_does_what_its_capabilities_say():
    results = Page.objects.live().search("library")

    assert capabilities_of(get_search_backend()).counts_in_sql == hasattr(results, "get_queryset")


def test_a_backend_whose_capabilities_are_unknown_stops_the_search_with_a_clear_message():
    class HomeMadeBackend:
        pass

    with pytest.raises(ImproperlyConfigured, match="HomeMadeBackend"):
        capabilities_of(HomeMadeBackend())


def test_the_configured_backend_is_checked_at_start_up(settings):
    from search.checks import search_backend_capabilities_are_known

    assert search_backend_capabilities_are_known(None) == []
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "tests.search.test_sections"}}

    assert [error.id for error in search_backend_capabilities_are_known(None)] == ["search.E001"]


class SearchBackend:
    """A backend nobody has said anything about (for the start-up check above)."""

    def __init__(self, params):
        pass


def test_a_page_model_that_does_not_say_its_section_stops_start_up(monkeypatch):
    from types import SimpleNamespace

    from search.checks import page_models_say_their_search_section

    class UndeclaredPage:
        _meta = SimpleNamespace(label="example.UndeclaredPage")

    monkeypatch.setattr(sections, "page_models", lambda: (*PAGE_MODELS, UndeclaredPage))

    errors = page_models_say_their_search_section(None)

    assert [(error.id, "example.UndeclaredPage" in error.msg) for error in errors] == [("search.E002", True)]

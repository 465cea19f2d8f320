"""Only live, public content is ever found: not drafts, private pages or unpublished services."""

import pytest
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from tests.search.conftest import result_titles, soup
from toolkits.factories import SupportServiceFactory

pytestmark = pytest.mark.django_db

SEARCHES = [
    "beekeeping",
    "secret beekeeping",
    '"secret beekeeping"',
    "BEEKEEPING",
    "beekeeping Charnwood",
    "secret",
]


@pytest.fixture
def hidden_content(home_page):
    draft = StandardPageFactory(parent=home_page, title="Secret beekeeping draft", live=False)
    private = StandardPageFactory(parent=home_page, title="Secret beekeeping private page")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    under_private = StandardPageFactory(parent=private, title="Secret beekeeping page under a private one")
    passworded = StandardPageFactory(parent=home_page, title="Secret beekeeping password page")
    PageViewRestriction.objects.create(
        page=passworded, restriction_type=PageViewRestriction.PASSWORD, password="bees-please"
    )
    unpublished = SupportServiceFactory(
        name="Secret beekeeping service", description="Beekeeping for all.", published=False
    )
    return [draft, private, under_private, passworded, unpublished]


@pytest.mark.parametrize("query", SEARCHES)
def test_drafts_private_pages_and_unpublished_services_are_never_found(client, hidden_content, query):
    response = client.get("/search/", {"query": query})

    assert not [title for title in result_titles(response) if "beekeeping" in title.lower()]
    assert "Secret beekeeping" not in response.content.decode()


@pytest.mark.parametrize("district", ["", "charnwood"])
@pytest.mark.parametrize("section", ["", "other", "support-services"])
def test_hidden_content_is_not_counted_in_any_filter(client, hidden_content, section, district):
    response = client.get("/search/", {"query": "beekeeping", "section": section, "district": district})

    heading = soup(response).find(id="results-heading").get_text(" ", strip=True)
    assert heading.startswith("0 results for")


def test_hidden_content_is_never_suggested(client, hidden_content):
    response = client.get("/search/suggestions/", {"query": "secret bee"})

    assert response.json() == {"suggestions": []}


def test_a_page_unpublished_after_indexing_disappears_from_search(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Honeycomb workshop")
    assert result_titles(client.get("/search/", {"query": "honeycomb"})) == ["Honeycomb workshop"]

    page.unpublish()

    assert result_titles(client.get("/search/", {"query": "honeycomb"})) == []


def test_a_service_with_only_a_draft_change_shows_its_published_text(client):
    service = SupportServiceFactory(name="Hive Friends (test)", description="Published words about hives.")
    service.description = "Draft words about wasps."
    service.save_revision()

    assert "Hive Friends (test)" not in result_titles(client.get("/search/", {"query": "wasps"}))
    assert result_titles(client.get("/search/", {"query": "hives"})) == ["Hive Friends (test)"]


def test_an_unpublished_service_has_no_page(client):
    service = SupportServiceFactory(name="Unpublished service", published=False)

    assert client.get(f"/search/support/{service.pk}/").status_code == 404

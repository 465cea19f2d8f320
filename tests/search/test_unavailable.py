"""When Elasticsearch is down, search says so and everything else keeps working.

These point the site at a real Elasticsearch address on a port where nothing listens, so every
request to it really fails: a connection refused, as when the cluster is down.
"""

import socket

import pytest
from django.test import override_settings

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def elasticsearch_down():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    backend = {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": [f"http://127.0.0.1:{port}"],
        "INDEX_PREFIX": "unreachable_",
        "TIMEOUT": 2,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": backend}):
        yield


def test_search_page_says_search_is_unavailable_and_links_to_sections(client, elasticsearch_down):
    response = client.get("/search/", {"query": "library"})

    assert response.status_code == 503
    page = response.content.decode()
    assert "Search is unavailable at the moment" in page
    assert "Community managed libraries" in page


def test_suggestions_are_empty_rather_than_an_error(client, elasticsearch_down):
    response = client.get("/search/suggestions/", {"query": "library"})

    assert response.status_code == 200
    assert response.json() == {"suggestions": []}


def test_the_rest_of_the_site_still_works(client, elasticsearch_down):
    assert client.get("/").status_code == 200
    assert client.get("/community-managed-libraries/").status_code == 200


def test_pages_can_still_be_saved_and_published(client, home_page, elasticsearch_down):
    page = StandardPageFactory(parent=home_page, title="Published while search is down", live=False)

    page.save_revision().publish()

    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200

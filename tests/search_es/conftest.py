"""The Elasticsearch integration suite: builds the search index in a real cluster and searches it.

It runs when ELASTICSEARCH_URL points at a cluster (the settings then use Wagtail's elasticsearch9
backend) and is skipped otherwise: CI has no Elasticsearch, and tests/search runs the same
relevance cases on the database backend. Each run (and each xdist worker) writes to its own
throwaway indexes, deleted at the end, so it never touches a site's real index.
"""

import os
import uuid
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from wagtail.search.backends import get_search_backend

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
SKIP_REASON = (
    "ELASTICSEARCH_URL is not set: this suite needs a real Elasticsearch cluster "
    "(the same relevance cases run on the database backend in tests/search)"
)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/search_es/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.elasticsearch)
            if not ELASTICSEARCH_URL:
                item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


@pytest.fixture(scope="session")
def elasticsearch(django_db_setup, django_db_blocker, worker_id):
    """The demo site indexed by update_index into this run's own indexes in the real cluster."""
    prefix = f"lctest_{worker_id}_{uuid.uuid4().hex[:8]}_"
    backend_settings = {**settings.WAGTAILSEARCH_BACKENDS["default"], "INDEX_PREFIX": prefix}
    assert "elasticsearch" in backend_settings["BACKEND"], (
        "ELASTICSEARCH_URL is set but the backend is not Elasticsearch"
    )
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": backend_settings}):
        with django_db_blocker.unblock():
            call_command("update_index", stdout=StringIO())
        backend = get_search_backend()
        yield backend
        backend.es.indices.delete(index=f"{prefix}*", ignore_unavailable=True)


@pytest.fixture
def es(db, elasticsearch):
    """Elasticsearch for one test; call es.refresh() after adding content so searches see it."""
    elasticsearch.refresh = elasticsearch.refresh_indexes
    return elasticsearch

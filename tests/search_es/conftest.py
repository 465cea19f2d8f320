"""The search engine suite: builds the search index in a real engine and searches it.

It runs when ELASTICSEARCH_URL points at OpenSearch or Elasticsearch (SEARCH_BACKEND names Wagtail's
backend for it: `make search-engine` starts an OpenSearch 3 node for `opensearch3`). Without it the
suite is skipped on a developer's machine, and fails where REQUIRE_SEARCH_ENGINE=1 (CI): there a
missing engine is a fault, never a reason to skip. Each run (and each xdist worker) writes to its
own throwaway indexes, deleted at the end, so it never touches a site's real index. Only these tests
use the engine; the rest of the suite keeps the database backend.
"""

import os
import uuid
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models.signals import post_save
from django.test import override_settings
from wagtail.search.backends import get_search_backend
from wagtail.search.index import class_is_indexed

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
REQUIRE_SEARCH_ENGINE = os.environ.get("REQUIRE_SEARCH_ENGINE") == "1"
SKIP_REASON = (
    "ELASTICSEARCH_URL is not set: this suite needs a real search engine "
    "(`make search-engine` starts one; the same relevance cases run on the database backend in tests/search)"
)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/search_es/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.elasticsearch)
            if not ELASTICSEARCH_URL and not REQUIRE_SEARCH_ENGINE:
                item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


@pytest.fixture(scope="session")
def engine_settings(worker_id):
    """This run's backend settings: the configured engine, with throwaway indexes of its own."""
    assert ELASTICSEARCH_URL, "REQUIRE_SEARCH_ENGINE=1 but ELASTICSEARCH_URL is not set"
    prefix = f"lctest_{worker_id}_{uuid.uuid4().hex[:8]}_"
    return {"default": {**settings.SEARCH_ENGINE_UNDER_TEST, "INDEX_PREFIX": prefix}}


@pytest.fixture(scope="session")
def search_index(django_db_setup, django_db_blocker, engine_settings):
    """The demo site, indexed by update_index into this run's own indexes in the engine."""
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_settings):
        with django_db_blocker.unblock():
            call_command("update_index", stdout=StringIO())
        backend = get_search_backend()
    yield backend
    # By name: Elasticsearch refuses to delete indexes by wildcard (action.destructive_requires_name).
    for index in backend.es.indices.get(index=f"{backend.index_prefix}*"):
        backend.es.indices.delete(index=index)


@pytest.fixture
def es(db, search_index, engine_settings):
    """The engine for one test; call es.refresh() after adding content so searches see it."""
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_settings):
        backend = get_search_backend()
        backend.refresh = backend.refresh_indexes
        yield backend


@pytest.fixture
def indexed_during_test(es):
    """Takes out of the engine what a test adds: the database rolls back, the index does not.

    Only what the test creates: a test on the engine must not change the demo site's own content,
    which every later test on this worker searches."""
    added = []

    def remember(sender, instance, created, **kwargs):
        if created and class_is_indexed(type(instance)):
            added.append(instance)

    post_save.connect(remember, weak=False, dispatch_uid="indexed_during_test")
    try:
        yield added
    finally:
        post_save.disconnect(dispatch_uid="indexed_during_test")
        for instance in {(type(obj), obj.pk): obj for obj in added}.values():
            es.delete(instance)
        es.refresh()

"""The search backends the benchmarks compare in one run: Wagtail's database backend, then the engine
that ELASTICSEARCH_URL names (if any), each with the whole site freshly indexed."""

from contextlib import contextmanager
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from wagtail.search.backends import get_search_backend


def backends_to_compare(index_prefix):
    """{name: backend settings}; the engine writes to throwaway indexes named with index_prefix."""
    backends = {"database": settings.DATABASE_SEARCH_BACKEND}
    if settings.ELASTICSEARCH_URL:
        engine = settings.WAGTAILSEARCH_BACKENDS["default"]
        backends[settings.SEARCH_BACKEND] = {**engine, "INDEX_PREFIX": index_prefix, "AUTO_UPDATE": False}
    return backends


@contextmanager
def indexed_with(backend):
    """The site indexed by update_index with this backend, in force until the block ends; an engine's
    throwaway indexes are deleted afterwards (by name: Elasticsearch refuses wildcards)."""
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": backend}):
        call_command("update_index", stdout=StringIO())
        try:
            yield
        finally:
            if "INDEX_PREFIX" in backend:
                engine = get_search_backend().es
                for index in engine.indices.get(index=f"{backend['INDEX_PREFIX']}*"):
                    engine.indices.delete(index=index)

"""What the search backend in use can do, so the search code asks rather than guesses.

Keyed by backend class: Wagtail picks its database backend by the database in use (SQLite's FTS5,
PostgreSQL's full-text search, or a plain fallback), and the engine backends here (search/backends/)
build on Wagtail's Elasticsearch base. `manage.py check` fails if the configured backend is none of
these (search/checks.py).
"""

from dataclasses import dataclass, replace
from functools import cache

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string
from wagtail.search.backends import get_search_backend


@dataclass(frozen=True)
class Capabilities:
    # Fuzzy queries match misspelt words. Wagtail's PostgreSQL backend could, with the pg_trgm and
    # fuzzystrmatch extensions, which this site does not require.
    matches_misspellings: bool
    # FTS5 ranks with bm25(), where lower is better; the others score higher for better.
    lower_scores_are_better: bool
    # The results are rows of the site's own database, so one SQL query can count them by type and
    # district; an engine counts with facets.
    counts_in_sql: bool


DATABASE = Capabilities(matches_misspellings=False, lower_scores_are_better=False, counts_in_sql=True)
SEARCH_ENGINE = Capabilities(matches_misspellings=True, lower_scores_are_better=False, counts_in_sql=False)

BACKEND_CLASSES = {
    "wagtail.search.backends.database.sqlite.sqlite.SQLiteSearchBackend": replace(
        DATABASE, lower_scores_are_better=True
    ),
    "wagtail.search.backends.database.postgres.postgres.PostgresSearchBackend": DATABASE,
    "wagtail.search.backends.database.fallback.DatabaseSearchBackend": DATABASE,
    # Elasticsearch and OpenSearch (Wagtail's search backends are django-modelsearch's).
    "modelsearch.backends.elasticsearchbase.ElasticsearchBaseSearchBackend": SEARCH_ENGINE,
}


@cache
def by_backend():
    """{backend class: capabilities} for the backends this database can load: Wagtail's SQLite and
    PostgreSQL modules each define index models that exist only on their own database, so importing
    the other one raises LookupError."""
    classes = {}
    for path, capabilities in BACKEND_CLASSES.items():
        try:
            classes[import_string(path)] = capabilities
        except (ImportError, LookupError):
            continue
    return classes


def capabilities_of(backend=None):
    backend = backend or get_search_backend()
    known = by_backend()
    for cls in type(backend).__mro__:
        if cls in known:
            return known[cls]
    raise ImproperlyConfigured(
        f"Nothing says what the search backend {type(backend).__name__} can do: "
        "add it to search/backends/capabilities.py."
    )

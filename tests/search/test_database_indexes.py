"""The indexes that keep Wagtail's database search fast on PostgreSQL; other databases get none."""

import pytest
from django.db import connection, transaction
from wagtail.models import Page

from search.query import parse

pytestmark = pytest.mark.django_db

# search/migrations: name -> what it must index (as PostgreSQL prints it back)
POSTGRES_INDEXES = {
    "site_search_indexentry_title_body_gin": "wagtailsearch_indexentry USING gin (((title || body)))",
    "site_search_page_id_text": "wagtailcore_page USING btree ((((id)::character varying(50))::text))",
}


def index_definitions():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'site_search_%%'")
        else:
            cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'site_%'")
        return dict(cursor.fetchall())


def test_postgresql_has_the_search_indexes_and_other_databases_do_not():
    found = index_definitions()

    if connection.vendor == "postgresql":
        for name, expression in POSTGRES_INDEXES.items():
            assert expression in found.get(name, ""), f"{name}: {found.get(name)}"
    else:
        assert not set(found) & set(POSTGRES_INDEXES)


def test_postgresql_joins_pages_to_their_index_entries_through_the_page_id_index():
    """The index only helps if its expression is exactly the one Wagtail's join writes."""
    if connection.vendor != "postgresql":
        assert "site_search_page_id_text" not in index_definitions()
        return
    matches = Page.objects.live().search(parse("library volunteers").backend_query()).get_queryset()

    with transaction.atomic(), connection.cursor() as cursor:
        # Leave the planner no other way in, so the plan shows whether the index fits the join.
        cursor.execute("SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off")
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = matches.explain()

    assert "site_search_page_id_text" in plan


# One of each kind of query the search page sends: one word, several (with synonyms), a quoted phrase
# with a loose word, and a town (which brings in its district's name as a phrase).
QUERY_KINDS = ["library", "volunteer drivers", '"book club" Loughborough', "Coalville"]


@pytest.mark.parametrize("typed", QUERY_KINDS)
def test_postgresql_parses_the_search_once_not_once_for_every_row(typed):
    """With the text search configuration named, PostgreSQL folds each to_tsquery() (and
    phraseto_tsquery()) into a constant when it plans the query; without, it parses the query again
    for every matching row and every rank (five times slower at 10,000 pages: benchmarks/search.py)."""
    if connection.vendor != "postgresql":
        return
    found = Page.objects.live().search(parse(typed).backend_query())
    ranked = found.annotate_score("_score")[:30].get_queryset()

    for query in (ranked, found.get_queryset()):  # the results page, and the facet counts
        plan = query.explain(verbose=True)
        assert "tsquery" in plan
        assert "to_tsquery(" not in plan

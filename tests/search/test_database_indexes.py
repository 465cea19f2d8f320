"""The indexes that keep Wagtail's database search fast on PostgreSQL; other databases get none."""

import pytest
from django.db import connection

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

"""A PostgreSQL index for the way Wagtail's database backend searches.

The backend matches `title || body` (both tsvector columns of wagtailsearch_indexentry), which
the per-column GIN indexes cannot serve, so every search read every index entry. This GIN index on
that same expression lets PostgreSQL find the matches from the index. Other databases: nothing.
"""

from django.db import migrations

INDEX = "site_search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0002_starter_synonyms"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]

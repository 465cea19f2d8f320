"""Run by test_library_news_migration.py in its own process, on its own database file.

Builds the database as it was before news and events (libraries 0005), adds a library with a news
page and an event page as the old type, migrates forward, and prints what the pages became as JSON.
"""

import json
from datetime import UTC, datetime

import django
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

django.setup()

BEFORE = [("libraries", "0005_last_reviewed"), ("whatson", "0001_initial")]

call_command("migrate", verbosity=0)
call_command("migrate", "whatson", "0001_initial", verbosity=0)  # takes libraries back to 0005 too
apps = MigrationExecutor(connection).loader.project_state(BEFORE).apps
ContentType = apps.get_model("contenttypes.ContentType")
Page = apps.get_model("wagtailcore.Page")
Revision = apps.get_model("wagtailcore.Revision")
Library = apps.get_model("libraries.CommunityLibraryPage")
LibraryNewsPage = apps.get_model("libraries.LibraryNewsPage")
home = Page.objects.get(depth=2)
index = Page.objects.create(
    title="Libraries",
    slug="libraries",
    path=home.path + "0001",
    depth=3,
    numchild=1,
    url_path="/home/libraries/",
    content_type=ContentType.objects.get_for_model(Page),
    locale_id=home.locale_id,
)
library = Library.objects.create(
    title="Old Library",
    slug="old-library",
    path=index.path + "0001",
    depth=4,
    numchild=2,
    url_path="/home/libraries/old-library/",
    content_type=ContentType.objects.get_for_model(Library),
    locale_id=home.locale_id,
    address="1 Street",
    town="Quorn",
    postcode="LE12 8AA",
    district="charnwood",
)
old_type = ContentType.objects.get_for_model(LibraryNewsPage)
page_type = ContentType.objects.get_for_model(Page)
start = datetime(2027, 5, 1, 18, 0, tzinfo=UTC)
pages = {}
for number, (slug, event_start) in enumerate([("old-news", None), ("old-event", start)], start=1):
    page = LibraryNewsPage.objects.create(
        title=slug,
        slug=slug,
        path=library.path + f"000{number}",
        depth=5,
        numchild=0,
        url_path=f"/home/libraries/old-library/{slug}/",
        content_type=old_type,
        locale_id=home.locale_id,
        summary=f"{slug} summary",
        date="2026-04-01",
        event_start=event_start,
    )
    content = {
        "pk": page.pk,
        "title": slug,
        "content_type": old_type.pk,
        "summary": f"{slug} draft",
        "date": "2026-04-01",
        "event_start": event_start and event_start.isoformat(),
        "event_end": None,
    }
    Revision.objects.create(
        content_type=old_type,
        base_content_type=page_type,
        object_id=str(page.pk),
        content=content,
        created_at=start,
    )
    pages[slug] = page.pk

call_command("migrate", verbosity=0)

from wagtail.models import Page as CurrentPage  # noqa: E402
from wagtail.models import Revision as CurrentRevision  # noqa: E402

result = {}
for slug, pk in pages.items():
    page = CurrentPage.objects.get(pk=pk).specific
    draft = CurrentRevision.objects.filter(object_id=str(pk)).get().as_object()
    result[slug] = {
        "type": type(page).__name__,
        "summary": page.summary,
        "start": getattr(page, "start", None) and page.start.isoformat(),
        "end": getattr(page, "end", None) and page.end.isoformat(),
        "venue_library": getattr(page, "venue_library_id", None) == library.pk,
        "date": str(getattr(page, "date", "")),
        "draft_type": type(draft).__name__,
        "draft_summary": draft.summary,
    }
print(json.dumps(result))

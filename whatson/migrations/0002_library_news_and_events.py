"""Library news pages become news stories, and those with a start time become events: one way to do each.

Each page keeps its id, place in the tree, address, history and permissions; only its type changes.
Revisions are retyped too, so a draft in progress opens as the new type.
"""

from datetime import timedelta

from django.db import migrations

# An old event with no end time is given this long.
DEFAULT_LENGTH = timedelta(hours=1)


def _retype(apps, old, new_model, fields, revision_fields):
    """Give the page `old` the type `new_model` in place: same id, tree position, history."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Revision = apps.get_model("wagtailcore.Revision")
    new_type, _ = ContentType.objects.get_or_create(
        app_label=new_model._meta.app_label, model=new_model._meta.model_name
    )
    new_model(page_ptr_id=old.pk, **fields).save_base(raw=True)
    Page.objects.filter(pk=old.pk).update(content_type=new_type)
    for revision in Revision.objects.filter(object_id=str(old.pk), base_content_type__model="page"):
        content = {
            key: value
            for key, value in revision.content.items()
            if key not in ("event_start", "event_end", "date")
        }
        content.update(revision_fields(revision.content), content_type=new_type.pk)
        revision.content = content
        revision.content_type = new_type
        revision.save(update_fields=["content", "content_type"])
    old.delete(keep_parents=True)


def library_pages_to_news_and_events(apps, schema_editor):
    Page = apps.get_model("wagtailcore.Page")
    LibraryNewsPage = apps.get_model("libraries.LibraryNewsPage")
    CommunityLibraryPage = apps.get_model("libraries.CommunityLibraryPage")
    NewsPage = apps.get_model("whatson.NewsPage")
    EventPage = apps.get_model("whatson.EventPage")
    for old in LibraryNewsPage.objects.all():
        common = {"summary": old.summary, "body": old.body}
        if old.event_start is None:
            _retype(apps, old, NewsPage, {**common, "date": old.date}, lambda content: {"date": content.get("date")})
            continue
        end = old.event_end or old.event_start + DEFAULT_LENGTH
        parent = Page.objects.filter(path=old.path[:-4]).first()  # Wagtail's tree: 4 characters a level
        library = CommunityLibraryPage.objects.filter(pk=parent.pk).first() if parent else None
        fields = {**common, "start": old.event_start, "end": end, "event_type": "other"}
        if library:
            fields.update(venue_library_id=library.pk, district=library.district)

        def revision_fields(content, end=end, library=library):
            return {
                "start": content.get("event_start"),
                "end": content.get("event_end") or end.isoformat(),
                "event_type": "other",
                "venue_library": library.pk if library else None,
            }

        _retype(apps, old, EventPage, fields, revision_fields)


class Migration(migrations.Migration):
    dependencies = [
        ("whatson", "0001_initial"),
        ("libraries", "0005_last_reviewed"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(library_pages_to_news_and_events, migrations.RunPython.noop)]

"""A page's own rows (opening hours, closures, milestones, documents, cancellations, themes) are read
with the page once and kept with its route: a page built afresh again asks the database nothing for
itself, any change an editor publishes shows at once, and what the page works out from its rows for
the minute or the day ("Open now", the plan's stage) is worked out on every view.

The page cache itself is off here, so every request builds its page."""

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations

from libraries.factories import CommunityLibraryPageFactory
from libraries.models import LibraryDateException, LibraryOpeningSession
from neighbourhood.factories import NeighbourhoodPlanPageFactory, milestone
from neighbourhood.stages import Stage
from tests.page_types import live_example, page_type_labels, page_types
from whatson.factories import event_page
from whatson.models import EventCancellation

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
MONDAY = datetime(2026, 12, 7, tzinfo=LONDON)


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def tables_read(client, url):
    """The tables a view of the page reads once it has been viewed twice (routed, then remembered)."""
    for _ in range(2):
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return {table for query in queries for table in re.findall(r'FROM "(\w+)"', query["sql"])}


def own_tables(model):
    """The page type's own table, the tables of its rows (inline panels, many-to-many choices) and of
    what its own fields link to (a photo, the library an event is held at)."""
    rows = [
        relation.related_model._meta.db_table
        for relation in get_all_child_relations(model)
        if relation.related_model._meta.app_label != "wagtailcore"
    ]
    choices = [
        field.remote_field.through._meta.db_table
        for field in model._meta.many_to_many
        if isinstance(field, ParentalManyToManyField)
    ]
    links = [
        field.related_model._meta.db_table
        for field in model._meta.concrete_fields
        if field.many_to_one and field.model._meta.app_label != "wagtailcore"
    ]
    return {model._meta.db_table, *rows, *choices, *links}


@pytest.mark.parametrize("label", page_type_labels())
def test_a_page_built_afresh_again_reads_nothing_of_itself(client, label):
    model = next(model for model in page_types() if model._meta.label == label)
    url = live_example(label).url

    read = tables_read(client, url)

    assert not read & own_tables(model), sorted(read)


def test_a_page_reads_each_kind_of_its_rows_once_when_first_built(client):
    event = event_page(CommunityLibraryPageFactory())
    event.cancellations = [EventCancellation(date=date(2026, 12, 24), reason="Christmas Eve")]
    event.save_revision().publish()

    with CaptureQueriesContext(connection) as queries:
        page = client.get(event.url).content.decode()

    assert "Christmas Eve" in page  # listed, and worked into the dates it is on
    reads = [query["sql"] for query in queries if 'FROM "whatson_eventcancellation"' in query["sql"]]
    assert len(reads) == 1, reads


# An editor's change shows on the next view


def library_open(days, opens=time(9), closes=time(17)):
    library = CommunityLibraryPageFactory(title="Rows Road Library")
    library.opening_sessions = [
        LibraryOpeningSession(weekday=day, opens=opens, closes=closes) for day in days
    ]
    library.save_revision().publish()
    return library


def new_hours(library):
    library.opening_sessions = [LibraryOpeningSession(weekday=0, opens=time(10, 30), closes=time(12))]
    return "10:30"


def a_closure(library):
    library.date_exceptions = [LibraryDateException(start_date=date(2026, 12, 28), reason="Boiler repairs")]
    return "Boiler repairs"


@pytest.mark.parametrize("change", [new_hours, a_closure], ids=["new hours", "a closure"])
def test_a_librarys_published_change_shows_on_the_next_view(client, change):
    with time_machine.travel(MONDAY.replace(hour=10), tick=False):
        library = library_open(range(6))
        tables_read(client, library.url)  # routed and remembered

        shown = change(library)
        library.save_revision().publish()

        assert shown in client.get(library.url).content.decode()


def test_a_plans_new_milestone_shows_on_the_next_view(client):
    plan = NeighbourhoodPlanPageFactory(milestones=[milestone("designated", "2024-01-01")])
    tables_read(client, plan.url)

    plan.milestones = [milestone("designated", "2024-01-01"), milestone("submission", "2025-03-01")]
    plan.save_revision().publish()

    assert f"Current stage: <strong>{Stage.SUBMISSION.label}" in client.get(plan.url).content.decode()


def test_an_events_new_cancellation_shows_on_the_next_view(client):
    event = event_page(CommunityLibraryPageFactory())
    tables_read(client, event.url)

    event.cancellations = [EventCancellation(date=date(2026, 12, 31), reason="New Year's Eve")]
    event.save_revision().publish()

    assert "New Year&#x27;s Eve" in client.get(event.url).content.decode()


# What the page works out from its rows, on each view


@pytest.mark.parametrize(
    ("remembered_at", "viewed_at", "shown"),
    [
        ((8, 59, 58), (8, 59, 59), "Closed now"),
        ((8, 59, 59), (9, 0, 0), "Open now, closes at 17:00"),
        ((16, 59, 58), (16, 59, 59), "Open now, closes at 17:00"),
        ((16, 59, 59), (17, 0, 0), "Closed now"),
    ],
)
@pytest.mark.parametrize("where", ["library page", "finder"])
def test_open_now_is_right_at_the_minute_itself_on_a_remembered_page(
    client, remembered_at, viewed_at, shown, where
):
    library = library_open(range(7))
    url = library.url if where == "library page" else library.get_parent().url
    with time_machine.travel(
        MONDAY.replace(hour=remembered_at[0], minute=remembered_at[1], second=remembered_at[2]), tick=False
    ) as clock:
        tables_read(client, url)
        clock.move_to(MONDAY.replace(hour=viewed_at[0], minute=viewed_at[1], second=viewed_at[2]))
        html = client.get(url).content.decode()
        if where == "finder":  # this library's entry, not the demo libraries'
            html = html.split(f'data-title="{library.title}"')[1].split("</li>")[0]
        assert f">{shown}" in html


@pytest.mark.parametrize(
    ("remembered_at", "viewed_at", "listed"),
    [((8, 59, 58), (8, 59, 59), False), ((8, 59, 59), (9, 0, 0), True), ((16, 59, 59), (17, 0, 0), False)],
)
def test_the_finders_open_now_filter_is_right_at_the_minute_itself(client, remembered_at, viewed_at, listed):
    library = library_open(range(7))
    finder = f"{library.get_parent().url}?open_now=1"
    with time_machine.travel(
        MONDAY.replace(hour=remembered_at[0], minute=remembered_at[1], second=remembered_at[2]), tick=False
    ) as clock:
        tables_read(client, finder)
        clock.move_to(MONDAY.replace(hour=viewed_at[0], minute=viewed_at[1], second=viewed_at[2]))
        assert (library.title in client.get(finder).content.decode()) is listed


@pytest.mark.parametrize(
    ("viewed_at", "stage"),
    [
        (datetime(2026, 12, 7, 23, 59, 59, tzinfo=LONDON), Stage.DESIGNATED),
        (datetime(2026, 12, 8, tzinfo=LONDON), Stage.SUBMISSION),
    ],
    ids=["the evening before", "midnight on the day"],
)
def test_a_remembered_plan_moves_on_at_midnight_on_its_milestones_day(client, viewed_at, stage):
    plan = NeighbourhoodPlanPageFactory(
        milestones=[milestone("designated", "2024-01-01"), milestone("submission", "2026-12-08")]
    )
    with time_machine.travel(datetime(2026, 12, 7, 23, 59, 58, tzinfo=LONDON), tick=False) as clock:
        tables_read(client, plan.url)
        clock.move_to(viewed_at)
        assert f"Current stage: <strong>{stage.label}" in client.get(plan.url).content.decode()


def test_a_preview_shows_the_hours_being_edited_not_the_published_ones(client):
    with time_machine.travel(MONDAY.replace(hour=10), tick=False):
        library = library_open(range(6))
        tables_read(client, library.url)

        library.opening_sessions = [LibraryOpeningSession(weekday=0, opens=time(13, 15), closes=time(15))]
        preview = library.make_preview_request().content.decode()

    assert "13:15 to 15:00" in preview
    assert "09:00 to 17:00" not in preview


@pytest.mark.parametrize("where", ["library page", "finder"])
def test_opens_tomorrow_becomes_opens_today_at_local_midnight_in_summer_time(client, where):
    library = library_open(range(7), opens=time(10))
    url = library.url if where == "library page" else library.get_parent().url
    summer_evening = datetime(2027, 6, 6, 23, 30, tzinfo=LONDON)  # British Summer Time: 22:30 UTC
    with time_machine.travel(summer_evening, tick=False) as clock:
        before = client.get(url).content.decode()
        clock.move_to(datetime(2027, 6, 7, 0, 30, tzinfo=LONDON))
        after = client.get(url).content.decode()

    if where == "finder":  # this library's entry, not the demo libraries'
        before, after = (
            html.split(f'data-title="{library.title}"')[1].split("</li>")[0] for html in (before, after)
        )
    assert "Opens tomorrow at 10:00" in before
    assert "Opens today at 10:00" in after

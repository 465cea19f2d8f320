"""A library's urgent notice, as a resident meets it: on the library's page, in the finder and in search
results, from its start until its end, even on pages the page cache kept."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from libraries.factories import CommunityLibraryPageFactory, UrgentNoticeFactory
from libraries.models import CommunityLibraryPage, LibraryOpeningSession, UrgentNotice

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
MINUTE = timedelta(minutes=1)
MONDAY = datetime(2026, 12, 7, tzinfo=LONDON)
PLACES = ["library page", "finder", "search"]


def at(hour, minute=0, second=0):
    return MONDAY.replace(hour=hour, minute=minute, second=second)


@pytest.fixture
def library(db):
    """Clockwork Library, open 09:00 to 17:00 every day."""
    page = CommunityLibraryPageFactory(title="Clockwork Library", town="Yarrowby")
    page.opening_sessions = [
        LibraryOpeningSession(weekday=day, opens=time(9), closes=time(17)) for day in range(7)
    ]
    page.save_revision().publish()
    return CommunityLibraryPage.objects.get(pk=page.pk)


def url_of(place, library):
    return {
        "library page": library.url,
        "finder": library.get_parent().url,
        "search": "/search/?query=Clockwork",
    }[place]


def view(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def library_entry(response, library):
    """The part of the page about this library: the page itself, or its finder or search result."""
    page = BeautifulSoup(response.content, "html.parser")
    link = page.select_one(f"main a[href='{library.url}']")
    if link is None:
        return page.select_one("main").get_text(" ", strip=True)
    return link.find_parent("li").get_text(" ", strip=True)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("kind", [UrgentNotice.Kind.CLOSED, UrgentNotice.Kind.OTHER])
def test_a_notice_shows_at_once_wherever_the_library_is_shown(client, library, place, kind):
    with time_machine.travel(at(11), tick=False):
        UrgentNoticeFactory(library=library, kind=kind, message="Heating failure: bring a coat")
        entry = library_entry(view(client, url_of(place, library)), library)

    assert "Heating failure: bring a coat" in entry


def test_the_library_page_shows_a_notice_as_a_notification_banner_with_its_end(client, library):
    with time_machine.travel(at(11), tick=False):
        UrgentNoticeFactory(library=library, message="Closed today: heating failure", ends_at=at(17))
        page = BeautifulSoup(view(client, library.url).content, "html.parser")

    banner = page.select_one(".govuk-notification-banner[aria-labelledby='urgent-notices-title']")
    assert "Closed today: heating failure" in banner.get_text()
    assert "Until Monday 7 December 2026, 17:00" in banner.get_text(" ", strip=True)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (at(9, 59), False),
        (at(10, 0), True),
        (at(13, 59), True),
        (at(14, 0), False),
        (at(14, 1), False),
    ],
    ids=["a minute before its start", "at its start", "a minute before its end", "at its end", "after it"],
)
def test_a_notice_shows_from_its_start_until_its_end(client, library, place, moment, shown):
    UrgentNoticeFactory(library=library, message="Closed: burst pipe", starts_at=at(10), ends_at=at(14))

    with time_machine.travel(moment, tick=False):
        entry = library_entry(view(client, url_of(place, library)), library)

    assert ("Closed: burst pipe" in entry) is shown
    assert ("Open now" in entry) is not shown


@pytest.mark.parametrize("place", PLACES)
def test_a_closed_notice_makes_open_now_say_closed_with_its_text(client, library, place):
    UrgentNoticeFactory(
        library=library, message="Closed today: heating failure", starts_at=at(9), ends_at=at(17)
    )

    with time_machine.travel(at(11), tick=False):
        entry = library_entry(view(client, url_of(place, library)), library)

    assert "Open now" not in entry
    assert "Closed now. Closed today: heating failure" in entry


def test_a_notice_of_another_kind_leaves_the_library_open(client, library):
    UrgentNoticeFactory(
        library=library,
        kind=UrgentNotice.Kind.CHANGED_HOURS,
        message="Closing at 16:00 today",
        ends_at=at(17),
    )

    with time_machine.travel(at(11), tick=False):
        entry = library_entry(view(client, library.url), library)

    assert "Open now, closes at 17:00" in entry
    assert "Closing at 16:00 today" in entry


def test_the_finders_open_now_filter_leaves_out_a_library_closed_by_a_notice(client, library):
    finder = library.get_parent().url
    with time_machine.travel(at(11), tick=False):
        assert "Clockwork Library" in text_of(view(client, f"{finder}?open_now=1"))
        UrgentNoticeFactory(library=library, message="Closed today", starts_at=at(9), ends_at=at(17))
        assert "Clockwork Library" not in text_of(view(client, f"{finder}?open_now=1"))


def test_only_the_librarys_own_notices_show_on_its_page(client, library):
    other = CommunityLibraryPageFactory(title="Other Library")
    UrgentNoticeFactory(library=other, message="Other library closed")

    assert "Other library closed" not in text_of(view(client, library.url))


# The page cache ---------------------------------------------------------------------------------


@pytest.mark.parametrize("place", ["library page", "finder"])
def test_saving_a_notice_shows_it_at_once_on_a_cached_page(client, library, place):
    url = url_of(place, library)
    with time_machine.travel(at(11), tick=False):
        view(client, url)
        assert view(client, url)["X-Page-Cache"] == "hit"

        UrgentNoticeFactory(library=library, message="Closed today: heating failure")
        after = view(client, url)

    assert after["X-Page-Cache"] == "miss"
    assert "Closed today: heating failure" in text_of(after)


@pytest.mark.parametrize("place", ["library page", "finder"])
@pytest.mark.parametrize(
    ("starts", "ends", "shown_before", "shown_after"),
    [(at(10), at(14), False, True), (at(9), at(10), True, False)],
    ids=["a notice starting", "a notice ending"],
)
def test_a_notice_appears_and_disappears_on_a_cached_page_on_time(
    client, library, place, starts, ends, shown_before, shown_after
):
    url = url_of(place, library)
    UrgentNoticeFactory(library=library, message="Closed: burst pipe", starts_at=starts, ends_at=ends)

    with time_machine.travel(at(9, 59), tick=False) as clock:
        assert ("Closed: burst pipe" in text_of(view(client, url))) is shown_before
        assert view(client, url)["X-Page-Cache"] == "hit"

        clock.move_to(at(10, 0, 1))
        after = view(client, url)

    assert ("Closed: burst pipe" in text_of(after)) is shown_after


# Query counts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("place", PLACES)
def test_query_counts_do_not_grow_with_the_number_of_notices(
    client, library, place, django_assert_max_num_queries
):
    """Two libraries with a notice each, then five libraries with five notices each (some to come)."""
    url = url_of(place, library)

    def add_library_with_a_notice(n):
        annexe = CommunityLibraryPageFactory(title=f"Clockwork annexe {n}", town="Yarrowby")
        UrgentNoticeFactory(library=annexe, message=f"Annexe {n} closed")

    def queries():
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            view(client, url)
        return len(captured)

    with time_machine.travel(at(11), tick=False):
        UrgentNoticeFactory(library=library, message="Closed today: heating failure")
        add_library_with_a_notice(0)
        queries()  # the first search of a process also reads what it then keeps (the spelling list)
        few = queries()
        for n in range(1, 4):
            add_library_with_a_notice(n)
        for page in CommunityLibraryPage.objects.filter(title__startswith="Clockwork"):
            UrgentNoticeFactory.create_batch(3, library=page, kind=UrgentNotice.Kind.OTHER)
            UrgentNoticeFactory(library=page, starts_at=at(15))
        cache.clear()
        with django_assert_max_num_queries(few):
            response = view(client, url)

    assert "Closed today: heating failure" in text_of(response)
    if place != "library page":
        assert "Annexe 3 closed" in text_of(response)

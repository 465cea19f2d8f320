"""Words that change with the clock stay right on cached pages: a cached page is kept only until the
next moment its words change by themselves ("Open now", "opens tomorrow", an event starting)."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from home.models import SiteBanner
from libraries.factories import CommunityLibraryPageFactory
from libraries.models import CommunityLibraryPage, LibraryOpeningSession
from whatson.factories import event_page
from whatson.models import EventIndexPage

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
MONDAY = datetime(2026, 12, 7, tzinfo=LONDON)


def at(hour, minute=0, second=0, day=MONDAY):
    return day.replace(hour=hour, minute=minute, second=second)


def publish(page):
    page.save_revision().publish()


@pytest.fixture
def library(db):
    """Open 09:00 to 17:00 every day."""
    page = CommunityLibraryPageFactory(title="Clockwork Library")
    page.opening_sessions = [
        LibraryOpeningSession(weekday=day, opens=time(9), closes=time(17)) for day in range(7)
    ]
    publish(page)
    return CommunityLibraryPage.objects.get(pk=page.pk)


@pytest.fixture
def finder(library):
    return library.get_parent().url


def view(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("which", ["library page", "finder"])
def test_open_now_turns_to_closed_at_closing_time_though_the_page_was_cached(client, library, finder, which):
    url = library.url if which == "library page" else finder
    with time_machine.travel(at(16, 59), tick=False) as clock:
        view(client, url)
        cached = view(client, url)
        assert cached["X-Page-Cache"] == "hit"
        assert "Open now, closes at 17:00" in cached.content.decode()

        clock.move_to(at(17, 0, 1))
        after = view(client, url)

    assert "Closed now. Opens tomorrow at 09:00" in after.content.decode()


def test_a_page_cached_just_before_closing_tells_shared_caches_to_keep_it_only_until_then(client, library):
    with time_machine.travel(at(16, 59), tick=False):
        response = view(client, library.url)

    assert "s-maxage=60" in response["Cache-Control"]


def test_opens_tomorrow_becomes_opens_today_at_midnight(client, library):
    with time_machine.travel(at(23, 59, 30), tick=False) as clock:
        assert "Opens tomorrow at 09:00" in view(client, library.url).content.decode()
        assert view(client, library.url)["X-Page-Cache"] == "hit"

        clock.move_to(at(0, 0, 1, day=MONDAY + timedelta(days=1)))
        after = view(client, library.url)

    assert "Opens today at 09:00" in after.content.decode()


@pytest.mark.parametrize("listing", ["the library's page", "What's on", "the home page"])
def test_an_event_leaves_a_cached_listing_when_it_ends(client, library, listing):
    event_page(library, title="Storytime for under-fives", start=at(10, 0), end=at(11, 0))
    url = {
        "the library's page": library.url,
        "What's on": EventIndexPage.objects.live().get().url,
        "the home page": "/",
    }[listing]
    with time_machine.travel(at(10, 30), tick=False) as clock:
        assert "Storytime for under-fives" in view(client, url).content.decode()
        assert view(client, url)["X-Page-Cache"] == "hit"

        clock.move_to(at(10, 59, 59))
        assert view(client, url)["X-Page-Cache"] == "hit"

        clock.move_to(at(11, 0, 1))
        after = view(client, url)

    assert "Storytime for under-fives" not in after.content.decode()


@pytest.mark.parametrize("edge", ["starts", "ends"])
def test_a_site_banner_appears_and_goes_on_time_though_the_page_was_cached(client, library, edge):
    starts_at, ends_at = (at(12, 0), at(18, 0)) if edge == "starts" else (at(6, 0), at(12, 0))
    SiteBanner.objects.create(
        message="Severe weather: check before you travel.", starts_at=starts_at, ends_at=ends_at
    )
    shown_before = edge == "ends"
    with time_machine.travel(at(11, 59, 30), tick=False) as clock:
        assert ("Severe weather" in view(client, library.url).content.decode()) is shown_before
        assert view(client, library.url)["X-Page-Cache"] == "hit"

        clock.move_to(at(11, 59, 59))
        assert view(client, library.url)["X-Page-Cache"] == "hit"

        clock.move_to(at(12, 0))
        after = view(client, library.url)

    assert ("Severe weather" in after.content.decode()) is not shown_before


BUILT_AFRESH = ["the library's page", "the home page", "What's on", "What's on by type"]


def url_of(listing, library):
    return {
        "the library's page": library.url,
        "the home page": "/",
        "What's on": EventIndexPage.objects.live().get().url,
        "What's on by type": f"{EventIndexPage.objects.live().get().url}?type=other",
    }[listing]


@pytest.mark.parametrize("listing", BUILT_AFRESH)
def test_an_event_leaves_a_listing_built_afresh_when_it_ends(client, library, listing, settings):
    """Pages built afresh (the page cache off, as for anyone signed in) share the coming events
    listing, kept only until the next event in it starts or ends."""
    settings.PAGE_CACHE_SECONDS = 0
    event_page(library, title="Storytime for under-fives", start=at(10, 0), end=at(11, 0))
    url = url_of(listing, library)
    with time_machine.travel(at(10, 30), tick=False) as clock:
        assert "Storytime for under-fives" in view(client, url).content.decode()

        clock.move_to(at(10, 59, 59))
        assert "Storytime for under-fives" in view(client, url).content.decode()

        clock.move_to(at(11, 0, 1))
        assert "Storytime for under-fives" not in view(client, url).content.decode()


@pytest.mark.parametrize("listing", BUILT_AFRESH)
def test_a_new_event_is_listed_at_once_on_a_page_built_afresh(client, library, settings, listing):
    settings.PAGE_CACHE_SECONDS = 0
    url = url_of(listing, library)
    with time_machine.travel(at(9, 0), tick=False):
        view(client, url)
        event_page(library, title="Knit and natter", start=at(14, 0), end=at(15, 0))
        assert "Knit and natter" in view(client, url).content.decode()


@pytest.mark.parametrize("listing", BUILT_AFRESH)
def test_an_event_ending_within_a_second_leaves_at_that_moment(client, library, settings, listing):
    """The listing is kept to the moment, not the whole second a cache counts in."""
    settings.PAGE_CACHE_SECONDS = 0
    url = url_of(listing, library)
    ends = at(11, 0) + timedelta(milliseconds=500)
    event_page(library, title="Storytime for under-fives", start=at(10, 0), end=ends)
    with time_machine.travel(at(10, 30), tick=False) as clock:
        assert "Storytime for under-fives" in view(client, url).content.decode()

        clock.move_to(ends + timedelta(milliseconds=200))
        assert "Storytime for under-fives" not in view(client, url).content.decode()


@pytest.mark.parametrize(
    "listing", [name for name in BUILT_AFRESH if name != "the home page"]
)  # its next few
def test_an_event_a_year_ahead_comes_into_a_listing_built_afresh_as_the_days_pass(
    client, library, settings, listing
):
    """Listings look a year ahead: with nothing else to change them, they are looked at again daily."""
    settings.PAGE_CACHE_SECONDS = 0
    url = url_of(listing, library)
    fair = at(10, 0) + timedelta(days=367)
    event_page(library, title="Summer book fair", start=fair, end=fair + timedelta(hours=3))
    with time_machine.travel(at(9, 0), tick=False) as clock:
        assert "Summer book fair" not in view(client, url).content.decode()

        clock.move_to(at(9, 0) + timedelta(days=3))
        assert "Summer book fair" in view(client, url).content.decode()

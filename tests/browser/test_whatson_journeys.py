"""A resident finds an event at a library next week and adds it to their calendar; news and events pages
are accessible and fit a phone."""

import re
from datetime import timedelta

import icalendar
import pytest
from playwright.sync_api import expect

from home.dates import local_now
from libraries.factories import CommunityLibraryPageFactory
from whatson.factories import event_page, news_page


@pytest.fixture
def library_event(db):
    library = CommunityLibraryPageFactory(
        title="Shepshed Test Library", town="Shepshed", district="charnwood"
    )
    start = (local_now() + timedelta(days=7)).replace(hour=14, minute=0, second=0, microsecond=0)
    event = event_page(
        library,
        title="Local history talk",
        summary="Old photographs of the town.",
        start=start,
        end=start + timedelta(hours=1, minutes=30),
        event_type="talks-and-reading",
        cost="Free",
        accessibility="Step-free access to the meeting room.",
    )
    news_page(library, title="New local history shelf", summary="Books about the town.")
    return event


def test_resident_finds_an_event_at_a_library_next_week_and_adds_it_to_their_calendar(
    demo_site, page, library_event
):
    start = library_event.start
    page.goto(demo_site.url + "/events/")

    page.get_by_label("District").select_option(label="Charnwood")
    page.get_by_label("Type of event").select_option(label="Talks, reading and book groups")
    page.get_by_label("From").fill((start - timedelta(days=1)).strftime("%Y-%m-%d"))
    page.get_by_label("To").fill((start + timedelta(days=1)).strftime("%Y-%m-%d"))
    page.get_by_role("button", name="Show events").click()

    expect(page).to_have_url(re.compile(r"district=charnwood.*type=talks-and-reading"))
    page.get_by_role("link", name="Local history talk").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Local history talk")
    expect(page.locator("main")).to_contain_text("Shepshed Test Library")

    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Add to your calendar")).click()
    download = download_info.value
    calendar = icalendar.Calendar.from_ical(open(download.path(), "rb").read())  # noqa: SIM115
    (vevent,) = calendar.walk("VEVENT")

    assert download.suggested_filename.endswith(".ics")
    assert str(vevent["SUMMARY"]) == "Local history talk"
    assert vevent.decoded("DTSTART") == start
    assert "Shepshed Test Library" in str(vevent["LOCATION"])


def test_whats_on_filters_work_without_javascript(browser, demo_site, library_event):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    page.goto(demo_site.url + "/events/")
    page.get_by_label("District").select_option(label="Charnwood")
    page.get_by_role("button", name="Show events").click()

    expect(page.get_by_role("link", name="Local history talk")).to_be_visible()
    context.close()


NEW_PAGE_PATHS = [
    "/events/",
    "/events/?date_from=2026-13-45",
    "/news/",
    "/community-managed-libraries/shepshed-test-library/local-history-talk/",
    "/community-managed-libraries/shepshed-test-library/new-local-history-shelf/",
    "/community-managed-libraries/shepshed-test-library/",
]


@pytest.mark.parametrize("path", NEW_PAGE_PATHS)
def test_news_and_events_pages_have_no_wcag_22_aa_violations(
    demo_site, page, axe_violations, library_event, path
):
    page.goto(demo_site.url + path)

    assert axe_violations(page) == []


def test_news_and_events_pages_fit_a_phone_screen_without_sideways_scrolling(
    browser, demo_site, library_event
):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()

    for path in NEW_PAGE_PATHS:
        page.goto(demo_site.url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px on a 320px screen"
    context.close()

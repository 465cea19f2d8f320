"""The anonymous page cache: repeat views answered without the database, never for anyone signed in,
and every change a visitor could see shown on the very next request (docs/caching.md)."""

from datetime import date, time, timedelta
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Page, PageViewRestriction

from home.dates import local_today
from home.models import SiteSettings
from home.models.network import Network, NetworkMember, NetworkSignupPage
from home.page_cache import purge
from home.volunteers.reminders import send_check_reminders
from libraries.factories import CommunityLibraryPageFactory
from libraries.models import (
    CommunityLibraryPage,
    LibraryDateException,
    LibraryOpeningSession,
    LibraryService,
)
from tests.page_types import live_example, page_types
from toolkits.factories import SupportServiceFactory, ToolkitChapterPageFactory, ToolkitPageFactory
from toolkits.models import SupportService, ToolkitIndexPage

pytestmark = pytest.mark.django_db

PAGE_TYPES = page_types()
# Pages carrying a form that posts: each visitor's copy holds their own CSRF token, so none is shared.
FORM_PAGE_TYPES = (NetworkSignupPage,)  # both networks' sign-up pages


def served(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200
    return response


def warm(client, url):
    """View a page twice as an anonymous visitor; the second view is the cache's."""
    served(client, url)
    assert served(client, url)["X-Page-Cache"] == "hit"


def text(response):
    return response.content.decode()


def publish(page):
    page.save_revision().publish()


def a_live_page_of(model):
    return live_example(model._meta.label)


@pytest.fixture
def library(db):
    page = CommunityLibraryPageFactory(title="Cache Lane Library")
    page.opening_sessions = [
        LibraryOpeningSession(weekday=day, opens=time(9), closes=time(17)) for day in range(7)
    ]
    publish(page)
    return CommunityLibraryPage.objects.get(pk=page.pk)


@pytest.fixture
def library_index(library):
    return library.get_parent().specific


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_a_repeat_anonymous_view_of_each_page_type_needs_no_database(
    client, model, django_assert_num_queries
):
    url = a_live_page_of(model).url
    first = served(client, url)

    if issubclass(model, FORM_PAGE_TYPES):
        assert settings.CSRF_COOKIE_NAME in first.cookies
        assert "X-Page-Cache" not in served(client, url)
        # nor kept by a CDN or proxy, which would hand one visitor's CSRF token to everyone
        assert "private" in first["Cache-Control"] and "no-store" in first["Cache-Control"]
        return
    with django_assert_num_queries(0):
        again = served(client, url)
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content


def test_a_cached_page_is_public_for_shared_caches_and_revalidated_by_browsers(client, library):
    response = served(client, library.url)

    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert "max-age=0" in cache_control
    assert "s-maxage=" in cache_control
    assert response["ETag"]


def test_an_unchanged_page_answers_not_modified(client, library):
    etag = served(client, library.url)["ETag"]

    response = client.get(library.url, headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""


def test_a_changed_page_gets_a_new_etag(client, library):
    etag = served(client, library.url)["ETag"]
    library.title = "Cache Lane Library and Café"
    publish(library)

    response = client.get(library.url, headers={"if-none-match": etag})

    assert response.status_code == 200
    assert "Cache Lane Library and Café" in text(response)


def test_a_signed_in_editor_never_gets_or_leaves_a_cached_page(client, library, superuser):
    warm(client, library.url)
    client.force_login(superuser)

    response = served(client, library.url)

    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    client.logout()
    assert "userbar" not in text(served(client, library.url))


def test_a_request_with_a_session_cookie_is_not_answered_from_the_cache(client, library):
    warm(client, library.url)
    client.cookies[settings.SESSION_COOKIE_NAME] = "anything"

    assert "X-Page-Cache" not in served(client, library.url)


def test_a_visitor_with_a_message_waiting_gets_a_fresh_page(client, library):
    warm(client, library.url)
    client.cookies["messages"] = "a waiting message"

    assert "X-Page-Cache" not in served(client, library.url)


def test_a_query_string_is_neither_answered_from_nor_kept_in_the_cache(client, library_index):
    warm(client, library_index.url)

    for _ in range(2):
        response = served(client, f"{library_index.url}?near=LE12+9AB")
        assert "X-Page-Cache" not in response


@pytest.mark.parametrize("model", [m for m in page_types() if issubclass(m, FORM_PAGE_TYPES)])
def test_a_form_post_is_never_answered_from_the_cache(client, model):
    signup = a_live_page_of(model)
    served(client, signup.url)

    response = client.post(signup.url, {})

    assert "X-Page-Cache" not in response


def test_no_page_is_kept_or_served_when_the_page_cache_is_switched_off(client, library, settings):
    warm(client, library.url)
    settings.PAGE_CACHE_SECONDS = 0

    assert "X-Page-Cache" not in served(client, library.url)


def test_a_page_not_found_is_not_cached(client):
    for _ in range(2):
        response = client.get("/no-such-page/")
        assert response.status_code == 404
        assert "X-Page-Cache" not in response


# Purges: each kind of change a visitor could see, on the next anonymous request


def test_a_librarys_new_hours_are_on_its_page_and_the_finder_at_once(client, library, library_index):
    warm(client, library.url)
    warm(client, library_index.url)

    library.opening_sessions = [  # all day, every day: "Open now" whenever the test runs
        LibraryOpeningSession(weekday=day, opens=time(0), closes=time(0)) for day in range(7)
    ]
    publish(library)

    assert "Open now, closes at midnight" in text(served(client, library.url))
    assert "Open now, closes at midnight" in text(served(client, library_index.url))


@pytest.mark.parametrize("search", [{}, {"near": "LE12 9AB"}, {"district": "charnwood"}])
def test_a_finder_search_shows_a_librarys_new_hours_and_closures_at_once(
    client, library, library_index, search
):
    """A search is built for each request (never page-cached) from the libraries kept with the shared
    fragments, which must follow every change to them."""
    CommunityLibraryPage.objects.filter(pk=library.pk).update(district="charnwood")
    publish(CommunityLibraryPage.objects.get(pk=library.pk))
    assert "closes at midnight" not in card_in(client.get(library_index.url, search), "Cache Lane Library")

    library = CommunityLibraryPage.objects.get(pk=library.pk)
    library.opening_sessions = [
        LibraryOpeningSession(weekday=day, opens=time(0), closes=time(0)) for day in range(7)
    ]
    publish(library)
    card = card_in(client.get(library_index.url, search), "Cache Lane Library")
    assert "Open now, closes at midnight" in card

    LibraryDateException.objects.create(page=library, start_date=local_today(), reason="Roof repairs")
    card = card_in(client.get(library_index.url, search), "Cache Lane Library")
    assert "Closed" in card


def card_in(response, title):
    page = BeautifulSoup(response.content, "html.parser")
    return next(
        item.get_text(" ", strip=True)
        for item in page.select(".lc-library-list__item")
        if item.h3 and item.h3.get_text(strip=True) == title
    )


def test_hours_changed_by_code_without_publishing_are_shown_at_once(client, library):
    warm(client, library.url)

    session = LibraryOpeningSession.objects.filter(page=library).first()
    session.closes = time(18, 45)
    session.save()

    assert "18:45" in text(served(client, library.url))


def test_a_new_closure_is_shown_at_once(client, library):
    warm(client, library.url)

    library.date_exceptions = [
        LibraryDateException(start_date=local_today() + timedelta(days=3), reason="Roof repairs")
    ]
    publish(library)

    assert "Roof repairs" in text(served(client, library.url))


def test_a_renamed_library_service_is_shown_at_once(client, library):
    service = LibraryService.objects.first()
    library.services = [service]
    publish(library)
    warm(client, library.url)

    service.name = "Repair café and tool library"
    service.save()

    assert "Repair café and tool library" in text(served(client, library.url))


def test_a_published_support_service_is_listed_at_once(client):
    toolkit = ToolkitPageFactory(parent=ToolkitIndexPage.objects.get(), title="Cache toolkit")
    support = ("support_services", {"heading": "Find local support", "introduction": ""})
    chapter = ToolkitChapterPageFactory(parent=toolkit, title="Local support", body=[support])
    warm(client, chapter.url)

    SupportServiceFactory(name="Tuesday Teapot Befriending")

    assert "Tuesday Teapot Befriending" in text(served(client, chapter.url))


def test_an_unpublished_support_service_goes_at_once(client):
    toolkit = ToolkitPageFactory(parent=ToolkitIndexPage.objects.get(), title="Cache toolkit")
    support = ("support_services", {"heading": "Find local support", "introduction": ""})
    chapter = ToolkitChapterPageFactory(parent=toolkit, title="Local support", body=[support])
    service = SupportServiceFactory(name="Tuesday Teapot Befriending")
    warm(client, chapter.url)

    SupportService.objects.get(pk=service.pk).unpublish()

    assert "Tuesday Teapot Befriending" not in text(served(client, chapter.url))


def test_a_renamed_menu_section_is_shown_on_every_page_at_once(client, home_page, library):
    section = home_page.get_children().live().in_menu().first().specific
    warm(client, library.url)
    warm(client, home_page.url)

    section.title = "Village libraries run by volunteers"
    publish(section)

    assert "Village libraries run by volunteers" in text(served(client, library.url))
    assert "Village libraries run by volunteers" in text(served(client, home_page.url))


def test_changed_site_settings_are_in_every_footer_at_once(client, home_page, library):
    warm(client, library.url)
    site_settings = SiteSettings.for_site(home_page.get_site())

    site_settings.phone = "0116 305 0001"
    site_settings.save()

    assert "0116 305 0001" in text(served(client, library.url))


def test_an_unpublished_page_goes_from_its_address_and_its_listing_at_once(client, library, library_index):
    warm(client, library.url)
    warm(client, library_index.url)

    library.unpublish()

    assert client.get(library.url).status_code == 404
    assert "Cache Lane Library" not in text(served(client, library_index.url))


def test_a_deleted_page_goes_at_once(client, library, library_index):
    url = library.url
    warm(client, url)
    warm(client, library_index.url)

    library.delete()

    assert client.get(url).status_code == 404
    assert "Cache Lane Library" not in text(served(client, library_index.url))


def test_a_moved_page_leaves_its_old_address_at_once(client, library, home_page):
    old_url = library.url
    warm(client, old_url)
    new_parent = Page.objects.get(pk=home_page.pk).get_children().type(ToolkitIndexPage).get()

    Page.objects.get(pk=library.pk).move(new_parent, pos="last-child")

    response = client.get(old_url)
    assert response.status_code == 301  # Wagtail's automatic redirect to where it went
    assert response.url == CommunityLibraryPage.objects.get(pk=library.pk).url


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD])
def test_a_page_made_private_leaves_its_address_and_its_listing_at_once(
    client, library, library_index, restriction_type
):
    warm(client, library.url)
    warm(client, library_index.url)

    PageViewRestriction.objects.create(page=library, restriction_type=restriction_type, password="sesame")

    response = client.get(library.url)
    if restriction_type == PageViewRestriction.LOGIN:
        assert response.status_code == 302  # to sign in
    else:
        assert 'type="password"' in text(response)
        assert library.address not in text(response)  # the password form, not the page
    assert response.get("X-Page-Cache") != "hit"
    assert "Cache Lane Library" not in text(served(client, library_index.url))


def test_a_section_made_private_hides_every_page_below_it_at_once(client, library, library_index):
    warm(client, library.url)

    PageViewRestriction.objects.create(page=library_index, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(library.url).status_code == 302


def test_a_page_made_public_again_is_shown_at_once(client, library, library_index):
    restriction = PageViewRestriction.objects.create(page=library, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(library.url).status_code == 302
    assert "Cache Lane Library" not in text(served(client, library_index.url))

    restriction.delete()

    assert "Cache Lane Library" in text(served(client, library.url))
    assert "Cache Lane Library" in text(served(client, library_index.url))


def test_a_draft_is_not_shown_to_visitors(client, library):
    warm(client, library.url)

    library.title = "Draft title nobody should see"
    library.save_revision()

    assert "Draft title nobody should see" not in text(served(client, library.url))


# The CDN in front of the site


class RecordingBackend(BaseBackend):
    """Stands in for Cloudflare or CloudFront: remembers what it was asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


@pytest.fixture
def committed_library(library):
    # The set-up's own writes count as committed: only the test's changes are waiting for the commit.
    transaction.get_connection().run_on_commit.clear()
    return library


@pytest.fixture
def cdn(settings, committed_library):
    RecordingBackend.purged = []
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    return RecordingBackend.purged


def test_the_cdn_is_purged_of_every_live_page_once_the_change_is_committed(
    cdn, library, library_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        library.title = "Cache Lane Library and Café"
        publish(library)
        assert cdn == []  # nothing before the change is committed

    for callback in callbacks:
        callback()
    assert library.full_url in cdn
    assert library_index.full_url in cdn


def test_a_page_made_private_is_purged_from_the_cdn(cdn, library, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=library, restriction_type=PageViewRestriction.LOGIN)

    assert library.full_url in cdn


def test_an_import_of_many_pages_purges_the_cdn_once(
    cdn, library, library_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        for title in ["One", "Two", "Three"]:
            library.title = title
            publish(library)

    assert len(callbacks) == 1


def test_nothing_is_sent_to_a_cdn_when_none_is_configured(
    settings, committed_library, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}

    # The stand-in is outermost, so it is still in place when the commit runs the callbacks.
    with (
        mock.patch.object(purge, "purge_cdn") as purge_cdn,
        django_capture_on_commit_callbacks(execute=True) as callbacks,
    ):
        publish(committed_library)

    assert len(callbacks) == 1
    purge_cdn.assert_not_called()


def test_reports_reminders_and_sign_ups_leave_the_cache_alone(client, library, volunteer_of):
    """Visitors never see them, and a flood of reports must not empty the cache (or the CDN)."""
    volunteer_of(library)
    warm(client, library.url)

    client.post(reverse("report_a_change", args=[library.pk]), {"what_is_wrong": "The phone is wrong"})
    CommunityLibraryPage.objects.filter(pk=library.pk).update(last_reviewed=date(2020, 1, 1))
    assert send_check_reminders() == 1
    NetworkMember.objects.create(network=Network.COMMUNITIES, name="A. Resident", email="a@example.org")

    assert served(client, library.url)["X-Page-Cache"] == "hit"

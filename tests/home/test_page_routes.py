"""Pages built afresh are found from the route the page cache remembers (home/page_cache/routes.py):
without walking the tree again, and never to a page that has since moved, gone or been made private.

The page cache itself is off here, so every request is routed."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction, Site

from home.factories import StandardPageFactory
from home.page_cache import store
from libraries.factories import CommunityLibraryPageFactory
from toolkits.models import ToolkitIndexPage
from whatson.factories import event_page
from whatson.models import NewsIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def library(db):
    return CommunityLibraryPageFactory(title="Route Lane Library")


def tree_walks(monkeypatch):
    """The path components each page's `route` is asked to follow, request by request."""
    asked = []
    original = Page.route

    def route(page, request, path_components):
        if path_components:
            asked.append(list(path_components))
        return original(page, request, path_components)

    monkeypatch.setattr(Page, "route", route)
    return asked


def test_a_page_seen_before_is_served_without_walking_the_tree(client, library, monkeypatch):
    event = event_page(library)
    first = client.get(event.url)
    asked = tree_walks(monkeypatch)

    again = client.get(event.url)

    assert again.status_code == 200
    assert again.content == first.content
    assert asked == []


def test_a_page_renamed_leaves_its_old_address(client, library):
    old_url = library.url
    assert client.get(old_url).status_code == 200

    library.slug = "route-lane-community-library"
    library.save_revision().publish()

    new_url = Page.objects.get(pk=library.pk).url
    assert new_url != old_url
    assert client.get(old_url).status_code in (301, 404)  # Wagtail may redirect the old address
    assert "Route Lane Library" in client.get(new_url).content.decode()


def test_an_unpublished_page_is_not_found(client, library):
    assert client.get(library.url).status_code == 200

    library.unpublish()

    assert client.get(library.url).status_code == 404


def test_a_moved_page_is_served_only_at_its_new_address(client, library, home_page):
    old_url = library.url
    assert client.get(old_url).status_code == 200
    new_parent = Page.objects.get(pk=home_page.pk).get_children().type(ToolkitIndexPage).get()

    Page.objects.get(pk=library.pk).move(new_parent, pos="last-child")

    new_url = Page.objects.get(pk=library.pk).url
    assert client.get(old_url).status_code in (301, 404)
    assert "Route Lane Library" in client.get(new_url).content.decode()


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD])
def test_a_page_made_private_asks_for_sign_in_or_password(client, library, restriction_type):
    assert client.get(library.url).status_code == 200

    PageViewRestriction.objects.create(page=library, restriction_type=restriction_type, password="sesame")

    response = client.get(library.url)
    assert library.address not in response.content.decode()
    assert response.status_code == 302 or 'type="password"' in response.content.decode()


def test_an_address_not_found_is_not_remembered(client, home_page):
    assert client.get("/opening-soon/").status_code == 404

    StandardPageFactory(parent=home_page, title="Opening soon", slug="opening-soon")

    assert "Opening soon" in client.get("/opening-soon/").content.decode()


def test_a_route_inside_a_page_is_not_taken_for_the_page(client):
    news = NewsIndexPage.objects.live().first()
    feed_url = news.url + "feed/"

    for _ in range(2):
        feed = client.get(feed_url)
        index = client.get(news.url)
        assert feed.status_code == index.status_code == 200
        assert feed["Content-Type"].startswith("application/rss+xml")
        assert index["Content-Type"].startswith("text/html")


def test_the_same_address_on_two_sites_serves_each_sites_own_page(client, home_page):
    StandardPageFactory(parent=home_page, title="About the county site", slug="about-here")
    other_root = StandardPageFactory(parent=Page.get_first_root_node(), title="Other home", slug="other-home")
    StandardPageFactory(parent=other_root, title="About the other site", slug="about-here")
    Site.objects.create(hostname="other.example", port=80, root_page=other_root)

    for _ in range(2):
        here = client.get("/about-here/")
        there = client.get("/about-here/", headers={"host": "other.example"})
        assert "About the county site" in here.content.decode()
        assert "About the other site" in there.content.decode()


def test_a_page_built_afresh_reads_the_shared_cache_once_for_its_generation(client, library, monkeypatch):
    """The menu, footer, route and listing of a page are kept in each server process's memory under the
    generation, which is read once from the shared cache (in production each read is a round trip to
    Redis); the only other read is Wagtail's own list of site addresses."""
    client.get(library.get_parent().url)
    reads = []
    original = cache.get

    def get(key, *args, **kwargs):
        reads.append(key)
        return original(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", get)
    assert client.get(library.get_parent().url).status_code == 200

    assert reads.count(store.GENERATION_KEY) == 1
    assert len(reads) <= 2, reads


def test_made_up_host_names_are_not_remembered(client, library, monkeypatch):
    """Any host name the default site answers for (say under a wildcard in ALLOWED_HOSTS) is served,
    but only a site's own host name is kept, so made-up ones cannot crowd the cache."""
    stored = []
    original = store.fragments.set

    def remember(key, *args, **kwargs):
        stored.append(key)
        return original(key, *args, **kwargs)

    monkeypatch.setattr(store.fragments, "set", remember)
    for n in range(5):
        assert client.get(library.url, headers={"host": f"made-up-{n}.example"}).status_code == 200

    assert not [key for key in stored if "made-up" in key]

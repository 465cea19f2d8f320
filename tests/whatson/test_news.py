"""News: /news/, its RSS and Atom feeds (valid XML, absolute links), and the latest stories on show."""

import re
import xml.etree.ElementTree as ET  # noqa: S405 - parses the site's own feeds, not outside input
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.dates import local_today
from home.models import HomePage
from home.models.pages import SECTION_INDEX_PAGE_TYPES
from neighbourhood.factories import NeighbourhoodPlanPageFactory
from whatson.factories import news_page

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_news_answers_at_news_newest_first(client, news_index, library):
    news_page(news_index, title="Older story", date=local_today() - timedelta(days=5))
    news_page(library, title="Newer story", date=local_today())

    html = client.get("/news/").content.decode()

    assert news_index.url == "/news/"
    assert html.index("Newer story") < html.index("Older story")


def test_the_rss_feed_is_valid_xml_with_absolute_links_to_each_story(client, news_index, library):
    story = news_page(library, title="Large-print books arrive", date=date(2026, 11, 20))

    response = client.get("/news/feed/")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314
    items = {item.findtext("title"): item for item in channel.findall("item")}

    assert response["Content-Type"].startswith("application/rss+xml")
    assert channel.findtext("link") == news_index.get_full_url()
    assert items["Large-print books arrive"].findtext("link") == story.get_full_url()
    assert items["Large-print books arrive"].findtext("link").startswith("http://localhost/")
    assert "20 Nov 2026" in items["Large-print books arrive"].findtext("pubDate")


def test_the_atom_feed_is_valid_xml_with_absolute_links_to_each_story(client, library):
    story = news_page(library, title="Volunteers wanted")

    response = client.get("/news/feed/atom/")
    feed = ET.fromstring(response.content)  # noqa: S314
    entries = {entry.findtext(f"{ATOM}title"): entry for entry in feed.findall(f"{ATOM}entry")}

    assert response["Content-Type"].startswith("application/atom+xml")
    assert entries["Volunteers wanted"].find(f"{ATOM}link").get("href") == story.get_full_url()


def test_a_sections_feed_has_only_its_own_news(client, library, other_library):
    news_page(library, title="Quorn news")
    news_page(other_library, title="Lutterworth news")

    for url in (f"/news/feed/?section={library.pk}", f"/news/feed/atom/?section={library.pk}"):
        text = client.get(url).content.decode()
        assert "Quorn news" in text and "Lutterworth news" not in text, url


def test_a_draft_or_private_story_is_not_in_the_feed(client, library):
    news_page(library, title="Not yet published", live=False)

    assert "Not yet published" not in client.get("/news/feed/").content.decode()


def test_the_home_page_shows_the_latest_news(client, home_page, library):
    news_page(library, title="Fresh from Quorn")

    assert "Fresh from Quorn" in client.get(home_page.url).content.decode()


def section_indexes_and_a_page_that_posts_news_in_each():
    """Every section index type whose section holds pages that post news, with a factory for one."""
    from libraries.factories import CommunityLibraryPageFactory

    posters = {
        "libraries.LibraryIndexPage": CommunityLibraryPageFactory,
        "neighbourhood.NeighbourhoodPlanningIndexPage": NeighbourhoodPlanPageFactory,
    }
    return [
        pytest.param(label, posters[label], id=label)
        for label in SECTION_INDEX_PAGE_TYPES
        if label in posters
    ]


@pytest.mark.parametrize(
    ("index_type", "poster_factory"), section_indexes_and_a_page_that_posts_news_in_each()
)
def test_each_section_index_shows_its_latest_news(client, index_type, poster_factory):
    from django.apps import apps

    index = apps.get_model(index_type).objects.get()
    poster = poster_factory()
    news_page(poster, title="Section headline")

    assert "Section headline" in client.get(index.url).content.decode()


def test_every_section_index_type_has_somewhere_news_can_come_from():
    """A new section index type must be added above, or say why its section has no news."""
    from django.apps import apps

    from whatson.models import NewsPage

    news_parents = {model._meta.label for model in NewsPage.allowed_parent_page_models()}
    for label in SECTION_INDEX_PAGE_TYPES:
        model = apps.get_model(label)
        children = {child._meta.label for child in model.allowed_subpage_models()}
        if children & news_parents:
            assert label in {
                "libraries.LibraryIndexPage",
                "neighbourhood.NeighbourhoodPlanningIndexPage",
                "whatson.NewsIndexPage",
            }, label


def test_news_can_be_posted_site_wide_and_by_each_kind_of_volunteer_page():
    from libraries.models import CommunityLibraryPage
    from neighbourhood.models import NeighbourhoodPlanPage
    from whatson.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

    assert set(NewsPage.allowed_parent_page_models()) == {
        NewsIndexPage,
        CommunityLibraryPage,
        NeighbourhoodPlanPage,
    }
    assert set(EventPage.allowed_parent_page_models()) == {
        EventIndexPage,
        CommunityLibraryPage,
        NeighbourhoodPlanPage,
    }
    assert (
        set(NewsIndexPage.allowed_parent_page_models())
        == set(EventIndexPage.allowed_parent_page_models())
        == {HomePage}
    )


def titles(response):
    assert response.status_code == 200
    return re.findall(r'class="govuk-link lc-card__link"[^>]*>([^<]+)<', response.content.decode())


@pytest.mark.parametrize("query", ["", "?page=2", "?section={library}", "?section={library}&page=2"])
def test_a_list_of_news_drawn_before_shows_each_new_story_at_once(
    client, news_index, library, settings, query
):
    settings.PAGE_CACHE_SECONDS = 0  # every request builds the page
    for number in range(25):
        news_page(library, title=f"Story {number:02d}", date=local_today() - timedelta(days=number))
    url = "/news/" + query.format(library=library.pk)
    first = titles(client.get(url))

    with CaptureQueriesContext(connection) as queries:
        again = titles(client.get(url))
    news_read = [captured["sql"] for captured in queries if "whatson_newspage" in captured["sql"]]
    news_page(library, title="Breaking story", date=local_today() + timedelta(days=1))
    after = titles(client.get(url))

    assert again == first and first
    assert not news_read
    on_first_page = "page=2" not in query
    assert ("Breaking story" in after) is on_first_page
    assert after != first

"""Every page type, served fresh (not from the page cache), in at most 12 queries however many
libraries, plans, services, chapters and case studies the site holds."""

from datetime import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.page_cache import store
from libraries.factories import CommunityLibraryPageFactory
from libraries.models import LibraryOpeningSession, LibraryService
from neighbourhood.factories import NeighbourhoodPlanPageFactory, milestone
from tests.page_types import live_example, page_types
from toolkits.factories import CaseStudyPageFactory, SupportServiceFactory, ToolkitChapterPageFactory
from toolkits.models import ToolkitPage
from whatson.factories import event_page, news_page

pytestmark = pytest.mark.django_db

MOST_QUERIES = 12
PAGE_TYPES = page_types()
THEMES = ["loneliness", "food", "young-people", "dementia"]


def add_content(count):
    """`count` more of everything a page lists: libraries (with hours, services, an event and a news
    story), plans (with milestones), support services, toolkit chapters and case studies."""
    services = list(LibraryService.objects.all()[:3])
    toolkit = ToolkitPage.objects.live().first()
    for _ in range(count):
        library = CommunityLibraryPageFactory()
        library.opening_sessions = [
            LibraryOpeningSession(weekday=day, opens=time(9), closes=time(17)) for day in range(6)
        ]
        library.services = services
        library.save_revision().publish()
        event_page(library)
        news_page(library)
        NeighbourhoodPlanPageFactory(
            milestones=[milestone("designated", "2024-01-01"), milestone("pre-submission", "2025-05-01")]
        )
        SupportServiceFactory(categories=["befriending", "carers"], districts=["charnwood", "melton"])
        ToolkitChapterPageFactory(parent=toolkit)
        CaseStudyPageFactory(themes=THEMES)


def a_live_page_of(model):
    return live_example(model._meta.label)


def fresh_page_queries(client, url):
    """Queries for a page the page cache does not hold (shared fragments, such as the menu, may be)."""
    for _ in range(2):  # the first view may make once-only writes (an image's renditions), which purge
        cache.delete(store.page_key("testserver", url))
        client.get(url)
    cache.delete(store.page_key("testserver", url))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response or response["X-Page-Cache"] == "miss"
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_each_page_type_makes_few_queries_however_much_content_there_is(client, model):
    url = a_live_page_of(model).url
    add_content(1)
    with_some = fresh_page_queries(client, url)

    add_content(3)
    with_more = fresh_page_queries(client, url)

    assert len(with_more) == len(with_some), "\n".join(with_more)
    assert len(with_more) <= MOST_QUERIES, "\n".join(with_more)

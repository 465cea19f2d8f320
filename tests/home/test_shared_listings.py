"""Listings of other pages that a page shows (its child pages, the newest stories under it, the home
page's featured case studies) and the site a request is for are kept with the page cache's fragments:
a page built afresh does not read them again, and any change a visitor could see shows at once.

The page cache itself is off here, so every request builds its page."""

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from home.factories import StandardPageFactory
from home.models import HomePageFeaturedPage
from libraries.factories import CommunityLibraryPageFactory
from libraries.models import LibraryOpeningSession, UrgentNotice
from neighbourhood.factories import NeighbourhoodPlanPageFactory, milestone
from toolkits.factories import CaseStudyPageFactory, ToolkitChapterPageFactory, ToolkitPageFactory
from toolkits.models import ToolkitIndexPage
from whatson.factories import event_page, news_page
from whatson.models import EventPage, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

MONDAY = datetime(2026, 12, 7, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def library(db):
    return CommunityLibraryPageFactory(title="Listing Lane Library")


@pytest.fixture
def toolkit_index(home_page):
    return Page.objects.get(pk=home_page.pk).get_children().type(ToolkitIndexPage).get().specific


def tables_read(client, url, **headers):
    """The database tables a second view of the page reads (the first fills the fragments)."""
    assert client.get(url, **headers).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    assert response.status_code == 200
    return {table for query in queries for table in re.findall(r'FROM "(\w+)"', query["sql"])}


# The site a request is for


def test_a_host_no_site_names_is_served_by_the_default_site_without_asking_again(client, library, settings):
    settings.ALLOWED_HOSTS = ["testserver", "communities.example.org"]
    assert not Site.objects.filter(hostname="communities.example.org").exists()

    read = tables_read(client, library.url, HTTP_HOST="communities.example.org")

    assert "wagtailcore_site" not in read


def test_a_new_site_for_a_host_takes_over_from_the_default_at_once(client, library, home_page, settings):
    settings.ALLOWED_HOSTS = ["testserver", "communities.example.org"]
    tables_read(client, library.url, HTTP_HOST="communities.example.org")
    own_home = StandardPageFactory(parent=Page.get_first_root_node(), title="Another councils home")

    Site.objects.create(hostname="communities.example.org", port=80, root_page=own_home)

    response = client.get("/", HTTP_HOST="communities.example.org")
    assert "Another councils home" in response.content.decode()


def test_a_host_not_allowed_is_refused_and_not_remembered(client, library, settings):
    settings.ALLOWED_HOSTS = ["testserver"]

    assert client.get(library.url, HTTP_HOST="evil.example").status_code == 400
    settings.ALLOWED_HOSTS = ["testserver", "evil.example"]
    assert client.get(library.url, HTTP_HOST="evil.example").status_code == 200


# The newest stories under a page


def test_a_repeat_view_of_a_library_does_not_read_its_news_again(client, library):
    news_page(library, title="Story one")

    assert "whatson_newspage" not in tables_read(client, library.url)


def test_a_story_published_under_a_library_is_on_its_page_at_once(client, library):
    news_page(library, title="The first story")
    tables_read(client, library.url)

    news_page(library, title="A second story")

    assert "A second story" in client.get(library.url).content.decode()


def test_a_story_unpublished_leaves_its_library_page_at_once(client, library):
    story = news_page(library, title="A story soon withdrawn")
    assert "A story soon withdrawn" in client.get(library.url).content.decode()

    story.unpublish()

    assert "A story soon withdrawn" not in client.get(library.url).content.decode()


def test_the_news_index_lists_every_section_without_asking_for_the_site(client, library, home_page):
    index = NewsIndexPage.objects.live().get()
    news_page(library, title="News from the library")

    read = tables_read(client, index.url)

    assert "wagtailcore_site" not in read
    assert "News from the library" in client.get(index.url).content.decode()


# A section's child pages


def test_a_repeat_view_of_a_section_reads_its_child_pages_once(client, toolkit_index):
    first = client.get(toolkit_index.url).content
    with CaptureQueriesContext(connection) as queries:
        again = client.get(toolkit_index.url).content

    assert again == first
    child_depth = f'"wagtailcore_page"."depth" = {toolkit_index.depth + 1}'
    assert [query for query in queries if child_depth in query["sql"]] == []


def test_a_child_page_published_is_listed_on_its_section_at_once(client, toolkit_index):
    client.get(toolkit_index.url)

    StandardPageFactory(parent=toolkit_index, title="A new guide for parish councils")

    assert "A new guide for parish councils" in client.get(toolkit_index.url).content.decode()


def test_a_child_page_unpublished_leaves_its_section_at_once(client, toolkit_index):
    child = StandardPageFactory(parent=toolkit_index, title="A guide soon withdrawn")
    assert "A guide soon withdrawn" in client.get(toolkit_index.url).content.decode()

    child.unpublish()

    assert "A guide soon withdrawn" not in client.get(toolkit_index.url).content.decode()


def test_a_page_lists_its_children_without_asking_again_which_pages_are_private(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About the team")
    StandardPageFactory(parent=about, title="Who we are")

    read = tables_read(client, about.url)

    assert "wagtailcore_pageviewrestriction" not in read
    assert "Who we are" in client.get(about.url).content.decode()


def test_a_child_page_made_private_leaves_its_parents_list_at_once(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About the team")
    child = StandardPageFactory(parent=about, title="Team only notes")
    assert "Team only notes" in client.get(about.url).content.decode()

    PageViewRestriction.objects.create(page=child, restriction_type=PageViewRestriction.LOGIN)

    assert "Team only notes" not in client.get(about.url).content.decode()


# The home page's featured case studies


def featured(home_page, *case_studies):
    home = Page.objects.get(pk=home_page.pk).specific
    home.featured_pages = [HomePageFeaturedPage(page=case_study) for case_study in case_studies]
    return home


def test_a_repeat_view_of_the_home_page_does_not_read_its_featured_case_studies_again(client, home_page):
    featured(home_page, CaseStudyPageFactory(title="A featured cafe")).save_revision().publish()

    read = tables_read(client, "/")

    assert "home_homepagefeaturedpage" not in read
    assert "A featured cafe" in client.get("/").content.decode()


def test_a_featured_case_study_unpublished_leaves_the_home_page_at_once(client, home_page):
    case_study = CaseStudyPageFactory(title="A cafe soon closed")
    featured(home_page, case_study).save_revision().publish()
    assert "A cafe soon closed" in client.get("/").content.decode()

    case_study.unpublish()

    assert "A cafe soon closed" not in client.get("/").content.decode()


def test_a_preview_shows_the_featured_case_studies_being_edited_not_the_published_ones(client, home_page):
    published, edited = (
        CaseStudyPageFactory(title="The published choice"),
        CaseStudyPageFactory(title="The editor's new choice"),
    )
    featured(home_page, published).save_revision().publish()
    assert "The published choice" in client.get("/").content.decode()

    preview = featured(home_page, edited).make_preview_request().content.decode()

    assert "The editor" in preview and "new choice" in preview
    assert "The published choice" not in preview


# A case study's links to other pages


def test_a_repeat_view_of_a_case_study_does_not_read_its_links_again(client, toolkit_index):
    chapter_parent = StandardPageFactory(parent=toolkit_index, title="A guide it illustrates")
    case_study = CaseStudyPageFactory(themes=["food"], illustrates=[chapter_parent])
    CaseStudyPageFactory(title="A cafe sharing a theme", themes=["food"])

    read = tables_read(client, case_study.url)

    assert "toolkits_casestudyrelatedpage" not in read
    page = client.get(case_study.url).content.decode()
    assert "A guide it illustrates" in page and "A cafe sharing a theme" in page


def test_a_related_case_study_unpublished_leaves_the_case_study_at_once(client):
    case_study = CaseStudyPageFactory(themes=["food"])
    other = CaseStudyPageFactory(title="A pantry soon closed", themes=["food"])
    assert "A pantry soon closed" in client.get(case_study.url).content.decode()

    other.unpublish()

    assert "A pantry soon closed" not in client.get(case_study.url).content.decode()


# The library finder's rows: the library's own page, its "Open now", notices and distance


@pytest.fixture
def open_nine_to_five(library):
    library.opening_sessions = [
        LibraryOpeningSession(weekday=day, opens=time(9), closes=time(17)) for day in range(7)
    ]
    library.save_revision().publish()
    return library


def finder_row(client, library, **query):
    page = client.get(library.get_parent().url, query).content.decode()
    start = page.index(f'data-title="{library.title}"')
    return page[start : page.index("</li>", start)]


@pytest.mark.parametrize(
    ("first", "then", "shown"),
    [
        ((8, 59, 59), (9, 0, 0), "Open now, closes at 17:00"),
        ((9, 0, 0), (8, 59, 59), "Closed now. Opens today at 09:00"),
        ((16, 59, 59), (17, 0, 0), "Closed now. Opens tomorrow at 09:00"),
    ],
)
def test_a_finder_row_says_open_or_closed_at_the_minute_itself(client, open_nine_to_five, first, then, shown):
    with time_machine.travel(
        MONDAY.replace(hour=first[0], minute=first[1], second=first[2]), tick=False
    ) as clock:
        finder_row(client, open_nine_to_five)
        clock.move_to(MONDAY.replace(hour=then[0], minute=then[1], second=then[2]))
        assert shown in finder_row(client, open_nine_to_five)


def test_a_finder_row_shows_a_new_notice_at_once(client, open_nine_to_five):
    with time_machine.travel(MONDAY.replace(hour=10), tick=False):
        assert "lc-notice-warning" not in finder_row(client, open_nine_to_five)
        UrgentNotice.objects.create(
            library=open_nine_to_five,
            kind=UrgentNotice.Kind.OTHER,
            message="The lift is out of order today",
            starts_at=timezone.now() - timedelta(minutes=1),
            ends_at=timezone.now() + timedelta(hours=3),
        )
        assert "The lift is out of order today" in finder_row(client, open_nine_to_five)


def test_each_search_shows_its_own_distance_in_a_finder_row(client, open_nine_to_five):
    point = open_nine_to_five.point
    assert point is not None
    near = finder_row(client, open_nine_to_five, latitude=point.latitude, longitude=point.longitude)
    further = finder_row(client, open_nine_to_five, latitude=point.latitude + 0.1, longitude=point.longitude)

    assert "about 0.0 km away" in near
    assert "about 11.1 km away" in further


# The neighbourhood planning status table: plans read once, each plan's stage worked out for today


def status_row(client, plan):
    page = client.get(plan.get_parent().url).content.decode()
    start = page.index(f'href="{plan.url}"')
    return page[start : page.index("</tr>", start)]


@pytest.mark.parametrize(
    ("first", "then", "stage"),
    [
        ((23, 59, 59), (24, 0, 0), "Submission"),
        ((24, 0, 0), (23, 59, 59), "Pre-submission"),
    ],
)
def test_a_plan_moves_on_in_the_status_table_on_its_milestones_day(client, first, then, stage):
    def moment(hour, minute, second):
        return MONDAY + timedelta(hours=hour, minutes=minute, seconds=second)

    plan = NeighbourhoodPlanPageFactory(
        area_name="Clocktower",
        milestones=[milestone("pre-submission", "2026-05-01"), milestone("submission", "2026-12-08")],
    )
    with time_machine.travel(moment(*first), tick=False) as clock:
        status_row(client, plan)
        clock.move_to(moment(*then))
        assert f'<td class="govuk-table__cell">{stage}</td>' in status_row(client, plan)


def test_a_plans_new_milestone_is_in_the_status_table_at_once(client):
    plan = NeighbourhoodPlanPageFactory(
        area_name="Newmarket", milestones=[milestone("designated", "2024-01-01")]
    )
    assert "Area designated" in status_row(client, plan)

    plan.milestones = [milestone("designated", "2024-01-01"), milestone("examination", "2025-01-01")]
    plan.save_revision().publish()

    assert '<td class="govuk-table__cell">Examination</td>' in status_row(client, plan)


# A toolkit's chapters and the case studies illustrating them


@pytest.fixture
def toolkit(toolkit_index):
    toolkit = ToolkitPageFactory(parent=toolkit_index, title="A toolkit on reading groups")
    ToolkitChapterPageFactory(parent=toolkit, title="Starting a group")
    return toolkit


def test_a_repeat_view_of_a_chapter_reads_only_the_chapter(client, toolkit):
    chapter = ToolkitChapterPageFactory(parent=toolkit, title="Finding a room")
    CaseStudyPageFactory(title="A group that found a room", illustrates=[chapter])

    read = tables_read(client, chapter.url)

    assert read == set()  # not even the chapter itself: kept with its route (test_page_rows.py)
    assert "A group that found a room" in client.get(chapter.url).content.decode()


@pytest.mark.parametrize("viewed", ["the toolkit", "another chapter"])
def test_a_new_chapter_is_counted_and_listed_at_once(client, toolkit, viewed):
    first = toolkit.get_children().first().specific
    url = toolkit.url if viewed == "the toolkit" else first.url
    assert "chapter 1 of 1" in client.get(first.url).content.decode()
    client.get(url)

    ToolkitChapterPageFactory(parent=toolkit, title="Choosing the first book")

    assert "Choosing the first book" in client.get(url).content.decode()
    assert "chapter 1 of 2" in client.get(first.url).content.decode()


def test_a_case_study_illustrating_a_chapter_is_on_it_at_once(client, toolkit):
    chapter = toolkit.get_children().first().specific
    client.get(chapter.url)

    CaseStudyPageFactory(title="A village reading circle", illustrates=[chapter])

    assert "A village reading circle" in client.get(chapter.url).content.decode()
    assert "A village reading circle" in client.get(toolkit.url).content.decode()


# Where each site's pages live, for every page address a page shows


def test_a_repeat_view_does_not_ask_the_shared_cache_where_sites_are(client, library, monkeypatch):
    client.get(library.url)
    asked = []
    original = Site.get_site_root_paths
    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(lambda: asked.append(1) or original()))

    client.get(library.url)

    assert asked == []


def test_a_section_given_a_new_address_is_linked_there_from_every_page_at_once(client, library, home_page):
    section = library.get_parent().specific
    assert f'href="{section.url}"' in client.get(library.url).content.decode()

    section.slug = "volunteer-libraries"
    section.save_revision().publish()

    page = client.get(Page.objects.get(pk=library.pk).url).content.decode()
    assert 'href="/volunteer-libraries/"' in page


# The cards a page shows of other pages


CARDS = [
    "whatson/includes/event_card.html",
    "whatson/includes/news_card.html",
    "toolkits/includes/case_study_cards.html",
]


def cards_drawn(client, url):
    return {template.name for template in client.get(url).templates} & set(CARDS)


@pytest.fixture
def pages_with_cards(home_page, library):
    plan = NeighbourhoodPlanPageFactory(title="Cardfield Neighbourhood Plan")
    for page in (home_page, library, plan):
        event_page(page, title=f"An event at {page.title}")
        news_page(page, title=f"A story from {page.title}")
    featured(home_page, CaseStudyPageFactory(title="A featured cafe")).save_revision().publish()
    return {"home page": home_page, "library": library, "plan": plan}


@pytest.mark.parametrize("kind", ["home page", "library", "plan"])
def test_a_repeat_view_does_not_draw_its_cards_of_other_pages_again(client, pages_with_cards, kind):
    url = pages_with_cards[kind].url
    drawn_first = cards_drawn(client, url)

    assert {"whatson/includes/event_card.html", "whatson/includes/news_card.html"} <= drawn_first
    assert cards_drawn(client, url) == set()


@pytest.mark.parametrize("kind", ["home page", "library", "plan"])
def test_a_renamed_event_and_story_show_on_every_kind_of_page_at_once(client, pages_with_cards, kind):
    url = pages_with_cards[kind].url
    first = client.get(url).content.decode()
    listed = [page for page in [*EventPage.objects.all(), *NewsPage.objects.all()] if page.title in first]
    assert {type(page) for page in listed} == {EventPage, NewsPage}

    for page in listed:
        page.title = f"{page.title} (renamed)"
        page.save_revision().publish()

    shown = client.get(url).content.decode()
    assert all(f"{page.title}<" in shown for page in listed)
    assert not any(f"{page.title.removesuffix(' (renamed)')}<" in shown for page in listed)

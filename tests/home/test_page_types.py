"""Each page type may only be created where the site's structure allows it.

Section page types are checked in their own apps' tests (tests/<app>/test_page_types.py).
"""

import pytest
from wagtail.models import Page

from home.models import CommunitiesNetworkPage, HomePage, StandardPage
from libraries.models import CommunityLibraryPage, LibraryIndexPage
from neighbourhood.models import NeighbourhoodPlanningIndexPage
from toolkits.models import CaseStudyIndexPage, SupportDirectoryPage, ToolkitIndexPage
from whatson.models import EventIndexPage, NewsIndexPage

SECTION_INDEXES = {LibraryIndexPage, NeighbourhoodPlanningIndexPage, ToolkitIndexPage, CaseStudyIndexPage}
LISTINGS = {EventIndexPage, NewsIndexPage, SupportDirectoryPage}


def test_home_page_holds_the_section_indexes_the_listings_standard_pages_and_the_communities_network_page():
    assert set(HomePage.allowed_subpage_models()) == SECTION_INDEXES | LISTINGS | {
        StandardPage,
        CommunitiesNetworkPage,
    }
    assert set(HomePage.allowed_parent_page_models()) == {Page}


@pytest.mark.django_db
def test_there_is_one_communities_network_page_under_the_home_page_with_nothing_below_it(home_page):
    assert set(CommunitiesNetworkPage.allowed_parent_page_models()) == {HomePage}
    assert CommunitiesNetworkPage.allowed_subpage_models() == []
    assert CommunitiesNetworkPage.objects.child_of(home_page).count() == 1
    assert not CommunitiesNetworkPage.can_create_at(home_page)


def test_section_indexes_live_only_under_the_home_page():
    for index in SECTION_INDEXES:
        assert set(index.allowed_parent_page_models()) == {HomePage}, index.__name__
        assert StandardPage in index.allowed_subpage_models(), index.__name__


def test_standard_pages_nest_under_home_sections_and_libraries():
    assert set(StandardPage.allowed_subpage_models()) == {StandardPage}
    assert set(StandardPage.allowed_parent_page_models()) >= SECTION_INDEXES | {
        HomePage,
        StandardPage,
        CommunityLibraryPage,
    }


@pytest.mark.django_db
def test_there_is_one_home_page_and_one_of_each_section_index(home_page):
    assert not HomePage.can_create_at(Page.get_first_root_node())
    for index in SECTION_INDEXES:
        assert index.objects.count() == 1
        assert not index.can_create_at(home_page), f"a second {index.__name__} could be added"


@pytest.mark.django_db
def test_a_standard_page_cannot_be_added_at_the_root_of_the_tree():
    assert not StandardPage.can_create_at(Page.get_first_root_node())

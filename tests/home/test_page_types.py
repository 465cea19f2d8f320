"""Each page type may only be created where the site's structure allows it."""

import pytest
from wagtail.models import Page

from home.models import HomePage, StandardPage
from libraries.models import CommunityLibraryPage, LibraryIndexPage, LibraryNewsPage
from neighbourhood.models import NeighbourhoodPlanningIndexPage
from toolkits.models import CaseStudyIndexPage, ToolkitIndexPage

SECTION_INDEXES = {LibraryIndexPage, NeighbourhoodPlanningIndexPage, ToolkitIndexPage, CaseStudyIndexPage}

EXPECTED_CHILDREN = {
    HomePage: SECTION_INDEXES | {StandardPage},
    StandardPage: {StandardPage},
    LibraryIndexPage: {CommunityLibraryPage, StandardPage},
    CommunityLibraryPage: {LibraryNewsPage, StandardPage},
    LibraryNewsPage: set(),
    NeighbourhoodPlanningIndexPage: {StandardPage},
    ToolkitIndexPage: {StandardPage},
    CaseStudyIndexPage: {StandardPage},
}

EXPECTED_PARENTS = {
    HomePage: {Page},
    StandardPage: SECTION_INDEXES | {HomePage, StandardPage, CommunityLibraryPage},
    **{index: {HomePage} for index in SECTION_INDEXES},
    CommunityLibraryPage: {LibraryIndexPage},
    LibraryNewsPage: {CommunityLibraryPage},
}


@pytest.mark.parametrize(
    ("page_type", "children"), EXPECTED_CHILDREN.items(), ids=lambda v: getattr(v, "__name__", "")
)
def test_page_type_allows_only_its_children(page_type, children):
    assert set(page_type.allowed_subpage_models()) == children


@pytest.mark.parametrize(
    ("page_type", "parents"), EXPECTED_PARENTS.items(), ids=lambda v: getattr(v, "__name__", "")
)
def test_page_type_allows_only_its_parents(page_type, parents):
    assert set(page_type.allowed_parent_page_models()) == parents


@pytest.mark.django_db
def test_there_is_one_home_page_and_one_of_each_section_index(home_page):
    assert not HomePage.can_create_at(Page.get_first_root_node())
    for index in SECTION_INDEXES:
        assert index.objects.count() == 1
        assert not index.can_create_at(home_page), f"a second {index.__name__} could be added"


@pytest.mark.django_db
def test_a_standard_page_cannot_be_added_at_the_root_of_the_tree():
    assert not StandardPage.can_create_at(Page.get_first_root_node())

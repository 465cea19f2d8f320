from home.models import StandardPage
from libraries.models import CommunityLibraryPage, LibraryIndexPage, LibraryNewsPage


def test_libraries_live_under_the_library_index():
    assert set(LibraryIndexPage.allowed_subpage_models()) == {CommunityLibraryPage, StandardPage}
    assert set(CommunityLibraryPage.allowed_parent_page_models()) == {LibraryIndexPage}


def test_a_librarys_news_and_events_live_under_that_library():
    assert set(CommunityLibraryPage.allowed_subpage_models()) == {LibraryNewsPage, StandardPage}
    assert set(LibraryNewsPage.allowed_parent_page_models()) == {CommunityLibraryPage}
    assert LibraryNewsPage.allowed_subpage_models() == []

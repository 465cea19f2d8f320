from home.models import StandardPage
from libraries.models import CommunityLibraryPage, LibraryIndexPage
from whatson.models import EventPage, NewsPage


def test_libraries_live_under_the_library_index():
    assert set(LibraryIndexPage.allowed_subpage_models()) == {CommunityLibraryPage, StandardPage}
    assert set(CommunityLibraryPage.allowed_parent_page_models()) == {LibraryIndexPage}


def test_a_librarys_news_and_events_live_under_that_library():
    assert set(CommunityLibraryPage.allowed_subpage_models()) == {EventPage, NewsPage, StandardPage}
    assert CommunityLibraryPage in EventPage.allowed_parent_page_models()
    assert CommunityLibraryPage in NewsPage.allowed_parent_page_models()

import pytest

from libraries.factories import CommunityLibraryPageFactory
from whatson.models import EventIndexPage, NewsIndexPage


@pytest.fixture
def events_index(db):
    return EventIndexPage.objects.get()


@pytest.fixture
def news_index(db):
    return NewsIndexPage.objects.get()


@pytest.fixture
def library(db):
    return CommunityLibraryPageFactory(title="Quorn Test Library", town="Quorn", district="charnwood")


@pytest.fixture
def other_library(db):
    return CommunityLibraryPageFactory(
        title="Lutterworth Test Library", town="Lutterworth", postcode="LE17 4AA", district="harborough"
    )

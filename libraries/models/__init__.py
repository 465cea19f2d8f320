from .hours import LibraryDateException, LibraryOpeningSession, Weekday
from .news import LibraryNewsPage
from .pages import CommunityLibraryPage, LibraryIndexPage
from .services import LibraryService

__all__ = [
    "CommunityLibraryPage",
    "LibraryDateException",
    "LibraryIndexPage",
    "LibraryNewsPage",
    "LibraryOpeningSession",
    "LibraryService",
    "Weekday",
]

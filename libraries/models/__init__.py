from .hours import LibraryDateException, LibraryOpeningSession, Weekday
from .pages import CommunityLibraryPage, LibraryIndexPage
from .services import LibraryService

__all__ = [
    "CommunityLibraryPage",
    "LibraryDateException",
    "LibraryIndexPage",
    "LibraryOpeningSession",
    "LibraryService",
    "Weekday",
]

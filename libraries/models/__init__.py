from .hours import LibraryDateException, LibraryOpeningSession, Weekday
from .notices import UrgentNotice
from .pages import CommunityLibraryPage, LibraryIndexPage
from .services import LibraryService

__all__ = [
    "CommunityLibraryPage",
    "LibraryDateException",
    "LibraryIndexPage",
    "LibraryOpeningSession",
    "LibraryService",
    "UrgentNotice",
    "Weekday",
]

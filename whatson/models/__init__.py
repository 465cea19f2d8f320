from .events import EventCancellation, EventIndexPage, EventPage, EventType
from .news import NewsIndexPage, NewsPage, latest_news

__all__ = [
    "EventCancellation",
    "EventIndexPage",
    "EventPage",
    "EventType",
    "NewsIndexPage",
    "NewsPage",
    "latest_news",
]

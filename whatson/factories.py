"""Factories for events and news: used by the tests and the demo loader."""

from datetime import timedelta

import factory
import wagtail_factories

from home.dates import local_now
from whatson.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "What's on"

    class Meta:
        model = EventIndexPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"

    class Meta:
        model = NewsIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """A one-off event a week from now, two hours long, under the given parent (a library: held there)."""

    title = factory.Sequence(lambda n: f"Test event {n}")
    summary = "An event used in tests."
    start = factory.LazyFunction(lambda: (local_now() + timedelta(days=7)).replace(second=0, microsecond=0))
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=2))
    venue_town = ""

    class Meta:
        model = EventPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test news {n}")
    summary = "A news story used in tests."

    class Meta:
        model = NewsPage


def event_page(parent, **fields):
    return EventPageFactory(parent=parent, **fields)


def news_page(parent, **fields):
    return NewsPageFactory(parent=parent, **fields)

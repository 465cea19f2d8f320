"""RSS and Atom feeds of news (Django's syndication framework), for the site or one section."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from whatson.models.news import latest_news
from whatson.recurrence import local_zone

FEED_LENGTH = 20


class NewsFeed(Feed):
    def __init__(self, index, section=None):
        super().__init__()
        self.index = index
        self.section = section

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.section

    def title(self, section):
        return f"News from {section.title}" if section else "Leicestershire Communities news"

    def link(self, section):
        return (section or self.index).get_full_url(self.request)

    def description(self, section):
        return self.title(section)

    def items(self, section):
        return latest_news(section or self.index.get_site().root_page, FEED_LENGTH)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.listing_summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return datetime.combine(item.date, time(9), tzinfo=local_zone())

    def item_updateddate(self, item):
        return item.last_published_at


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description

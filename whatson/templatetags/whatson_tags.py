from django import template

from home.dates import local_now
from home.models.base import next_midnight
from home.page_cache import fragments
from home.page_cache.middleware import content_changes_at
from home.templatetags.structured_data_tags import ld_json
from whatson.listing import coming_events, listing_changes_at
from whatson.models import EventIndexPage, NewsIndexPage, latest_news
from whatson.structured_data import event_json_ld as event_data

register = template.Library()


@register.simple_tag(takes_context=True)
def event_json_ld(context, page):
    return ld_json(event_data(page, context.get("request")))


@register.simple_tag(takes_context=True)
def latest_news_under(context, page, limit=3):
    """The newest stories under a page (the home page: the whole site), with a link to the rest."""
    request = context.get("request")

    def draw():
        news = list(latest_news(page, limit))
        news_index = fragments.only_live_page(request, NewsIndexPage)
        listing = {"news": news, "within": page, "news_index": news_index}
        return fragments.drawn("whatson/includes/latest_news.html", listing, request)

    return fragments.shared(request, f"latest-news:{page.pk}:{limit}", draw)


@register.simple_tag(takes_context=True)
def coming_events_under(context, page, limit=3):
    """The next events under a page (the home page: the whole site), with a link to the rest."""
    request = context.get("request")

    def draw(now):
        events = coming_events(page, limit, now)
        events_index = fragments.only_live_page(request, EventIndexPage)
        listing = {"events": events, "within": page, "events_index": events_index}
        html = fragments.drawn("whatson/includes/coming_events.html", listing, request)
        # Besides an event starting or ending, another may come into the year looked ahead as the
        # days pass: look again at midnight at the latest.
        return html, min(filter(None, [listing_changes_at(events, now), next_midnight(now)]))

    html, changes_at = fragments.shared_until(request, f"coming-events:{page.pk}:{limit}", draw, local_now())
    if request is not None and changes_at is not None:
        content_changes_at(request, changes_at)
    return html

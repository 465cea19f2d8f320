from django import template

from home.templatetags.structured_data_tags import ld_json
from whatson.listing import coming_events
from whatson.models import EventIndexPage, NewsIndexPage, latest_news
from whatson.structured_data import event_json_ld as event_data

register = template.Library()


@register.simple_tag(takes_context=True)
def event_json_ld(context, page):
    return ld_json(event_data(page, context.get("request")))


@register.inclusion_tag("whatson/includes/latest_news.html", takes_context=True)
def latest_news_under(context, page, limit=3):
    """The newest stories under a page (the home page: the whole site), with a link to the rest."""
    return {
        "news": list(latest_news(page, limit)),
        "within": page,
        "news_index": NewsIndexPage.objects.live().first(),
        "request": context.get("request"),
    }


@register.inclusion_tag("whatson/includes/coming_events.html", takes_context=True)
def coming_events_under(context, page, limit=3):
    """The next events under a page (the home page: the whole site), with a link to the rest."""
    return {
        "events": coming_events(page, limit),
        "within": page,
        "events_index": EventIndexPage.objects.live().first(),
        "request": context.get("request"),
    }

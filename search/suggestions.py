"""Pages and services to suggest as a resident types in the header search box."""

from wagtail.models import Page
from wagtail.search.query import PlainText

from search.engine import service_urls
from search.query import parse
from toolkits.models import SupportService

MIN_LENGTH = 2
MAX_SUGGESTIONS = 8


def suggest(text, root_page, request=None):
    """[{"title", "url"}] of pages and services whose titles start with the words typed (or their
    synonyms), best first: choosing one opens it."""
    query = parse(text)
    if query.is_empty or len(query.text) < MIN_LENGTH:
        return []
    # Autocomplete matches the start of words, so "lonel" finds "Loneliness" as it is typed.
    typed = PlainText(" ".join(query.all_terms or query.phrases), operator="or")
    pages = Page.objects.live().public().descendant_of(root_page, inclusive=True)
    found = [
        {"title": page.title, "url": page.get_url(request)}
        for page in pages.autocomplete(typed)[:MAX_SUGGESTIONS]
    ]
    services = list(SupportService.objects.live().autocomplete(typed)[:MAX_SUGGESTIONS])
    service_url = service_urls() if services else None
    found += [{"title": service.name, "url": service_url(service)} for service in services]
    by_title = {}
    for suggestion in found:
        by_title.setdefault(suggestion["title"], suggestion)
    return list(by_title.values())[:MAX_SUGGESTIONS]

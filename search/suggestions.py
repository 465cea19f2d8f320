"""Titles to suggest as a resident types in the header search box."""

from wagtail.models import Page
from wagtail.search.query import PlainText

from search.query import parse
from toolkits.models import SupportService

MIN_LENGTH = 2
MAX_SUGGESTIONS = 8


def suggest_titles(text, root_page):
    """Page titles and service names starting with the words typed (or their synonyms), best first."""
    query = parse(text)
    if query.is_empty or len(query.text) < MIN_LENGTH:
        return []
    # Autocomplete matches the start of words, so "lonel" finds "Loneliness" as it is typed.
    typed = PlainText(" ".join(query.all_terms or query.phrases), operator="or")
    pages = Page.objects.live().public().descendant_of(root_page, inclusive=True)
    titles = [page.title for page in pages.autocomplete(typed)[:MAX_SUGGESTIONS]]
    titles += [
        service.name for service in SupportService.objects.live().autocomplete(typed)[:MAX_SUGGESTIONS]
    ]
    return list(dict.fromkeys(titles))[:MAX_SUGGESTIONS]

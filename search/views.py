from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from wagtail.models import Page
from wagtail.search.utils import parse_query_string

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Site search over live, public pages. The search issue extends this with facets and relevance."""
    query = request.GET.get("query", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        # Parsed rather than passed raw, so quotes make phrases and odd input never breaks the backend.
        _filters, parsed_query = parse_query_string(query)
        results = Page.objects.live().public().specific().search(parsed_query)

    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)

    return render(request, "search/search.html", {"query": query, "results": page, "paginator": paginator})

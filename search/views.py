import logging

from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, Site
from wagtail.search.utils import normalise_query_string

from search import analytics, guidance, spelling
from search.engine import CORRECTED, SPELT_LIKE, search_forgiving_misspellings
from search.forms import SearchForm
from search.query import parse
from search.suggestions import suggest
from search.text import is_in_another_script
from search.unavailable import SEARCH_SERVICE_ERRORS
from toolkits.models import SupportService
from toolkits.models.directory import support_directory

logger = logging.getLogger(__name__)


def _root_page(request):
    site = Site.find_for_request(request)
    return site.root_page if site else Page.objects.get(depth=2)


@require_GET
def search(request):
    data = SearchForm(request.GET).valid_values()
    query = parse(data.get("query"))
    section, district = data.get("section") or "", data.get("district") or ""
    root = _root_page(request)
    # A callable, so the sections are only looked up when a page shows them.
    context = {
        "query": query,
        "section": section,
        "district": district,
        "sections": lambda: guidance.section_pages(root),
    }

    if query.is_empty:
        return render(request, "search/search.html", context)
    page_number = data.get("page") or 1
    try:
        found = search_forgiving_misspellings(query, root, section, district, page_number)
    except SEARCH_SERVICE_ERRORS:
        logger.exception("Search service unavailable")
        return render(request, "search/unavailable.html", context, status=503)
    outcome = found.outcome
    if found.how == CORRECTED:
        context.update(query=found.query, corrected_from=query.text)
    context["spelt_like"] = found.how == SPELT_LIKE

    # Count a search once: not again for each results page or filter the resident then chooses.
    logged = None
    if page_number == 1 and not (section or district):
        # A misspelling corrected for the resident still tells the team what found nothing as typed.
        logged = analytics.record_search(query.text, found_anything=found.found_as_typed)
    # Someone in crisis sees the help lines first; someone lonely, after the results.
    help_first = guidance.is_crisis(query)
    context.update(
        outcome=outcome,
        promotions=_promotions(query.text, logged) if outcome.page_number == 1 else [],
        spelling=spelling.spelling_suggestion(query) if not outcome.total else "",
        get_help_now=guidance.get_help_now_block()
        if help_first or guidance.is_about_loneliness(query)
        else None,
        help_first=help_first,
        in_another_script=not outcome.total and is_in_another_script(query.text),
        help_page=lambda: guidance.first_block_in_toolkits("get_help_now")[0],
    )
    return render(request, "search/search.html", context)


def _promotions(text, query=None):
    """The Communities Team's picks for this search, leaving out pages that are not live and public."""
    if query is None:
        query = Query.objects.filter(query_string=normalise_query_string(text)).first()
    picks = list(query.editors_picks.select_related("page")) if query else []
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    visible = (
        set(Page.objects.live().public().filter(pk__in=page_ids).values_list("pk", flat=True))
        if page_ids
        else set()
    )
    return [
        pick for pick in picks if pick.page_id in visible or (not pick.page_id and pick.external_link_url)
    ]


@require_GET
@cache_control(max_age=60, public=True)
def suggestions(request):
    """Pages and services matching what has been typed so far, for the header box."""
    text = request.GET.get("query", "")
    try:
        found = suggest(text, _root_page(request), request)
    except SEARCH_SERVICE_ERRORS:
        logger.warning("Search service unavailable for suggestions", exc_info=True)
        found = []
    return JsonResponse({"suggestions": found})


def support_service(request, pk):
    """A service's page before the site had a directory; now a redirect to its page there."""
    service = get_object_or_404(
        SupportService.objects.live().prefetch_related("categories", "districts"), pk=pk
    )
    directory = support_directory()
    if directory is not None:
        return redirect(directory.service_url(service), permanent=True)
    context = {"service": service, "local_support_page": guidance.local_support_page()}
    return render(request, "search/support_service.html", context)

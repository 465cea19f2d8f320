"""Search analytics for the Communities Team: popular searches and searches that found nothing."""

from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView

from home.permissions import CommunitiesTeamView
from search.models import UnansweredSearch

# One permission opens both reports: "Can view search with no results" on the Site search app.
SEARCH_REPORTS = "view_search_reports"


class SearchTermsReportForTheTeam(SearchTermsReportView):
    def dispatch(self, request, *args, **kwargs):
        # Skip Wagtail's administrators-only check: CommunitiesTeamView, before it, has decided.
        return super(SearchTermsReportView, self).dispatch(request, *args, **kwargs)


class PopularSearchesView(CommunitiesTeamView, SearchTermsReportForTheTeam):
    """Wagtail's "Search terms" report, opened to the Communities Team rather than only to admins."""

    permission_required = SEARCH_REPORTS
    page_title = "Popular searches"
    index_url_name = "search_reports:popular"
    index_results_url_name = "search_reports:popular_results"


class UnansweredSearchesView(CommunitiesTeamView, ReportView):
    permission_required = SEARCH_REPORTS
    page_title = "Searches with no results"
    header_icon = "search"
    model = UnansweredSearch
    index_url_name = "search_reports:unanswered"
    index_results_url_name = "search_reports:unanswered_results"
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-searches"
    columns = [
        Column("query_string", label="Search", sort_key="query_string"),
        NumberColumn("searches", label="Times searched", sort_key="searches"),
        DateColumn("last_searched", label="Last searched", sort_key="last_searched"),
    ]
    list_export = ["query_string", "searches", "last_searched"]
    export_headings = {
        "query_string": "Search",
        "searches": "Times searched",
        "last_searched": "Last searched",
    }

    def get_base_queryset(self):
        return UnansweredSearch.objects.all()

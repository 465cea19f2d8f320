"""Report for the Communities Team: volunteer pages not checked for six months."""

from wagtail.admin.views.reports import ReportView

from home.permissions import CommunitiesTeamView
from home.volunteers.freshness import due_for_review


class PagesDueForReviewView(CommunitiesTeamView, ReportView):
    permission_required = "view_review_report"
    page_title = "Pages due for a check"
    header_icon = "time"
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "home/volunteers/reports/due_for_review_results.html"
    index_url_name = "volunteer_pages_due_for_review"
    index_results_url_name = "volunteer_pages_due_for_review_results"
    list_export = ["title", "last_reviewed", "review_due_on", "full_url"]
    export_headings = {
        "last_reviewed": "Last checked",
        "review_due_on": "Check was due",
        "full_url": "Address",
    }

    def get_queryset(self):
        return due_for_review().order_by("title").specific()

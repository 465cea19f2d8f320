"""The admin dashboard: a volunteer sees their own pages and a short guide; the team sees what's overdue."""

from wagtail.admin.ui.components import Component
from wagtail.models import Page

from home.change_reports.routing import reports_visible_to
from home.volunteers.freshness import due_for_review
from home.volunteers.teams import own_pages_q


class VolunteerGuidePanel(Component):
    name = "volunteer_guide"
    template_name = "home/volunteers/panels/guide.html"
    order = 50


class VolunteerPagesPanel(Component):
    name = "volunteer_pages"
    template_name = "home/volunteers/panels/your_pages.html"
    order = 60

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["pages"] = (
            Page.objects.filter(own_pages_q(self.user))
            .order_by("path")
            .annotate_approved_schedule()
            .specific()
            .prefetch_workflow_states()
        )
        return context


class PagesDueForReviewPanel(Component):
    name = "pages_due_for_review"
    template_name = "home/volunteers/panels/due_for_review.html"
    order = 150

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["due_count"] = due_for_review().count()
        return context


class ChangeReportsPanel(Component):
    """Open "report a change" reports: a volunteer's own team's; all of them for the Communities Team."""

    name = "change_reports"
    template_name = "home/change_reports/panels/open_reports.html"
    order = 55

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        reports = reports_visible_to(self.user).open().select_related("page", "support_service")
        context["reports"] = reports.order_by("created_at")
        return context

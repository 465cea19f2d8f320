"""The admin dashboard: a volunteer sees their own pages and a short guide; the team sees what's overdue."""

from django.db.models import Q
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from home.models import VolunteerTeam
from home.volunteers.freshness import due_for_review


def teams_of(user):
    return VolunteerTeam.objects.filter(group__user=user).select_related("page")


def is_volunteer_only(user):
    """Volunteers with no wider role: their dashboard shows their own pages and nothing else."""
    return (
        not user.is_superuser and not user.has_perm("home.change_volunteerteam") and teams_of(user).exists()
    )


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
        teams = list(teams_of(self.user))
        in_team_pages = Q(pk__in=[])
        for team in teams:
            in_team_pages |= Q(path__startswith=team.page.path)
        context["pages"] = (
            Page.objects.filter(in_team_pages)
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

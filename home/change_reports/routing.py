"""Who hears about a report, who may see it, and when an unanswered one goes to the Communities Team."""

from datetime import timedelta

from django.utils import timezone

from home.models import ChangeReport
from home.permissions import is_moderator
from home.volunteers.teams import communities_team_emails, own_pages_q, team_emails, team_of_page

# A report nobody has marked done this long after it was sent goes to the Communities Team.
ESCALATE_AFTER = timedelta(days=14)


def recipients(report):
    """The volunteers looking after the page; the Communities Team when there are none (or for a
    support service, which has no volunteer team)."""
    team = team_of_page(report.page) if report.page_id else None
    return (team and team_emails(team)) or communities_team_emails()


def reports_visible_to(user):
    if is_moderator(user):
        return ChangeReport.objects.all()
    return ChangeReport.objects.filter(own_pages_q(user, page_field="page"))


def due_for_escalation(now=None):
    cutoff = (now or timezone.now()) - ESCALATE_AFTER
    return ChangeReport.objects.open().filter(escalated_at__isnull=True, created_at__lte=cutoff)

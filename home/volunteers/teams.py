"""Which volunteer teams a user belongs to, and which pages that puts in their reach."""

from django.db.models import Q

from home.models import VolunteerTeam
from home.permissions import is_moderator


def teams_of(user):
    return VolunteerTeam.objects.filter(group__user=user).select_related("page")


def is_volunteer_only(user):
    """Volunteers with no wider role: the admin shows them their own pages and nothing else."""
    return not is_moderator(user) and teams_of(user).exists()


def own_pages_q(user):
    """The pages in the user's teams' trees (a Q on Page)."""
    mine = Q(pk__in=[])
    for team in teams_of(user):
        mine |= Q(path__startswith=team.page.path)
    return mine

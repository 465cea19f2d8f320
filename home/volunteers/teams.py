"""Which volunteer teams a user belongs to, and which pages that puts in their reach."""

from django.contrib.auth import get_user_model
from django.db.models import Q

from home.models import VolunteerTeam
from home.permissions import is_moderator
from home.volunteers.roles import MODERATORS_GROUP_NAME


def teams_of(user):
    return VolunteerTeam.objects.filter(group__user=user).select_related("page")


def is_volunteer_only(user):
    """Volunteers with no wider role: the admin shows them their own pages and nothing else."""
    return not is_moderator(user) and teams_of(user).exists()


def own_pages_q(user, page_field=None):
    """The pages in the user's teams' trees (a Q on Page, or on the model whose `page_field` is a page)."""
    lookup = f"{page_field}__path__startswith" if page_field else "path__startswith"
    mine = Q(pk__in=[])
    for team in teams_of(user):
        mine |= Q(**{lookup: team.page.path})
    return mine


def team_of_page(page):
    """The team looking after the page: its own, or the nearest above it (a library's news story); or None."""
    return (
        VolunteerTeam.objects.filter(page__in=page.get_ancestors(inclusive=True))
        .order_by("-page__depth")
        .select_related("page", "group")
        .first()
    )


def team_emails(team):
    return _emails(get_user_model().objects.filter(groups=team.group))


def communities_team_emails():
    return _emails(get_user_model().objects.filter(groups__name=MODERATORS_GROUP_NAME))


def _emails(users):
    return sorted(set(users.filter(is_active=True).exclude(email="").values_list("email", flat=True)))

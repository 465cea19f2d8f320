"""Who is the Communities Team, and the one way its admin views refuse anyone else.

Every custom admin view for the team subclasses `CommunitiesTeamView`, which declares
`communities_team` as its permission policy and the action it needs. The policy answers from Django
permissions, which `home/volunteers/provisioning.py` gives the moderators group (and administrators
hold all of): nothing here reads group names.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.views import defaults
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.base import BasePermissionPolicy

ADMIN_ACCESS = "wagtailadmin.access_admin"


class CommunitiesTeamPolicy(BasePermissionPolicy):
    """What the Communities Team may do in the admin, action by action, each backed by permissions."""

    # Running the volunteer teams is what makes someone the Communities Team (a moderator).
    MODERATE = ("home.change_volunteerteam",)
    actions = {
        # Approve volunteers' pages, take a volunteer page down, export and import the spreadsheets.
        "moderate": MODERATE,
        # Set up a page's volunteer access and invite volunteers: invitations create accounts.
        "manage_volunteers": (*MODERATE, "auth.add_user"),
        "view_review_report": ("home.view_volunteerteam",),
        "view_search_reports": ("site_search.view_unansweredsearch",),
    }

    def __init__(self):
        # A policy over the team's rights, not over one model's instances.
        super().__init__(model=None)

    def users_with_permission(self, action):
        """The active users who may take `action` (administrators included), to tell them something."""
        app_label, codename = self.actions[action][0].split(".")
        holds_it = {"permissions__content_type__app_label": app_label, "permissions__codename": codename}
        candidates = get_user_model().objects.filter(
            Q(is_superuser=True)
            | Q(**{f"groups__{key}": value for key, value in holds_it.items()})
            | Q(**{f"user_{key}": value for key, value in holds_it.items()}),
            is_active=True,
        )
        return [
            user for user in candidates.distinct().order_by("pk") if self.user_has_permission(user, action)
        ]

    def user_has_permission(self, user, action):
        needed = self.actions.get(action)
        return bool(
            needed is not None
            and user.is_authenticated
            and user.is_active
            and user.has_perms([ADMIN_ACCESS, *needed])
        )


communities_team = CommunitiesTeamPolicy()


def is_moderator(user):
    """A Communities Team moderator (or an administrator)."""
    return communities_team.user_has_permission(user, "moderate")


def refuse(request):
    """A plain 403 page. Wagtail's admin turns a raised PermissionDenied into a redirect to the
    dashboard with a message, which would hide from a script (or a test) that access was refused."""
    return defaults.permission_denied(request, PermissionDenied())


class CommunitiesTeamView:
    """A custom admin view for the Communities Team: set `permission_required` to one of the policy's
    actions. Anyone else gets `refuse()` before the view does anything, even look up an object."""

    permission_policy = communities_team
    permission_required = None

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, self.permission_required):
            return refuse(request)
        return super().dispatch(request, *args, **kwargs)


class CommunitiesTeamMenuItem(MenuItem):
    """A menu item shown to whoever may open the view it links to."""

    def __init__(self, *args, permission_required, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission_required = permission_required

    def is_shown(self, request):
        return communities_team.user_has_permission(request.user, self.permission_required)

"""The Communities Team's list of volunteer teams: who looks after which page, and who may publish."""

from django.urls import reverse
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.models import VolunteerTeam
from home.volunteers.provisioning import set_trusted


class TeamsFollowTheirPagesPolicy(ModelPermissionPolicy):
    """Teams are made and removed with their pages (provisioning), never added or deleted by hand."""

    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(VolunteerTeam, TeamsFollowTheirPagesPolicy(VolunteerTeam))


class TeamIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page", "group", "collection")

    @property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton("Invite a volunteer", reverse("volunteer_invite"), icon_name="mail"),
        ]


class TeamEditView(generic.EditView):
    def save_instance(self):
        team = self.form.instance
        if "trusted" in self.form.changed_data:
            set_trusted(team, team.trusted, self.request.user)
        return team


class VolunteerTeamViewSet(ModelViewSet):
    model = VolunteerTeam
    icon = "group"
    menu_label = "Volunteer teams"
    add_to_settings_menu = True
    index_view_class = TeamIndexView
    edit_view_class = TeamEditView
    form_fields = ["trusted"]
    search_fields = ["page__title", "group__name"]
    list_filter = ["trusted"]
    list_display = [
        TitleColumn(
            "page", label="Page", get_url=lambda team: reverse("wagtailadmin_pages:edit", args=[team.page_id])
        ),
        Column("group", label="Group"),
        Column("collection", label="Collection"),
        BooleanColumn("trusted", label="Trusted to publish"),
    ]
    list_export = ["page", "group", "collection", "trusted"]
    ordering = ["page__title"]


volunteer_team_viewset = VolunteerTeamViewSet("volunteer_teams")

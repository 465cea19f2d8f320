"""The Communities Team's list of network members: confirmed members only, to search, export and delete."""

from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from home.models import NetworkMember


class ConfirmedMembersIndexView(IndexView):
    # Someone who never followed the confirmation link may not be who they said: they are not a member.
    def get_base_queryset(self):
        return super().get_base_queryset().confirmed()


class NetworkMemberViewSet(ModelViewSet):
    """List, search, export (CSV/XLSX, formula-safe through home.admin_exports) and delete on request."""

    model = NetworkMember
    index_view_class = ConfirmedMembersIndexView
    icon = "group"
    menu_label = "Network members"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "email", "network", "area", "interests", "confirmed_at"]
    list_filter = ["network"]
    search_fields = ["name", "email", "area"]
    list_export = [
        "network",
        "name",
        "email",
        "area",
        "interests",
        "joined_at",
        "confirmed_at",
        "consent_purpose",
    ]
    export_filename = "network-members"
    form_fields = ["name", "email", "area", "interests"]


network_member_viewset = NetworkMemberViewSet("network_members")

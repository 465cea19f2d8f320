from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from home import spreadsheet_admin
from neighbourhood.models import NetworkSignup
from neighbourhood.spreadsheet import section as status_sheet


class NetworkSignupViewSet(ModelViewSet):
    """The network's members for the Communities Team: list, search, export (CSV/XLSX) and delete."""

    model = NetworkSignup
    icon = "group"
    menu_label = "Network members"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "email", "group_or_parish", "consent_to_contact", "joined_at"]
    list_filter = ["consent_to_contact"]
    search_fields = ["name", "email", "group_or_parish"]
    list_export = ["name", "email", "group_or_parish", "consent_to_contact", "joined_at"]
    export_filename = "neighbourhood-planning-network"
    form_fields = ["name", "email", "group_or_parish", "consent_to_contact"]


@hooks.register("register_admin_viewset")
def register_network_signup_viewset():
    return NetworkSignupViewSet("network_members")


# The status sheet in the admin (docs/neighbourhood-status-sheet.md)
spreadsheet_admin.register(status_sheet)

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html, json_script
from wagtail import hooks
from wagtail.admin.widgets import Button

from home import spreadsheet_admin
from libraries.maps import map_settings
from libraries.models import CommunityLibraryPage
from libraries.spreadsheet import section
from libraries.urgent_notices.admin import WITHDRAW_ACTION, urgent_notice_viewset
from libraries.urgent_notices.policy import urgent_notice_policy

# The libraries spreadsheet in the admin (docs/libraries-spreadsheet.md)
spreadsheet_admin.register(section)


# Map for placing a library (static/dist/admin-location-picker.js): the latitude and longitude fields
# stay the real input, so the page can be edited without the map.


@hooks.register("insert_editor_js")
def library_location_picker_js():
    config = {**map_settings(), "centre": LEICESTERSHIRE}
    return format_html(
        '<link rel="stylesheet" href="{}"><script src="{}"></script><script src="{}"></script>{}',
        static("dist/leaflet/leaflet.css"),
        static("dist/leaflet/leaflet.js"),
        static("dist/admin-location-picker.js"),
        json_script(config, "library-map-config"),
    )


# The middle of the county, where the map starts for a library not yet placed.
LEICESTERSHIRE = [52.64, -1.13]


# Urgent notices (docs/libraries.md)


@hooks.register("register_admin_viewset")
def register_urgent_notices():
    return urgent_notice_viewset


@hooks.register("register_page_header_buttons")
def urgent_notice_button(page, user, view_name, next_url=None):
    """On a library's page in the admin, where its volunteers work."""
    if page.specific_class is CommunityLibraryPage and urgent_notice_policy.may_post_on(user, page.pk):
        url = reverse("urgent_notices:add")
        yield Button("Post an urgent notice", f"{url}?library={page.pk}", icon_name="warning", priority=70)


@hooks.register("register_log_actions")
def register_urgent_notice_log_actions(actions):
    actions.register_action(WITHDRAW_ACTION, "Withdraw urgent notice", "Urgent notice withdrawn")

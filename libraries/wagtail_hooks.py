from django.conf import settings
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, json_script
from wagtail import hooks

from home.permissions import CommunitiesTeamMenuItem
from libraries.admin_views import LibrariesSpreadsheetView

# Spreadsheet export for the Communities Team (docs/libraries-spreadsheet.md)


@hooks.register("register_admin_urls")
def register_libraries_spreadsheet_url():
    return [path("libraries/export.csv", LibrariesSpreadsheetView.as_view(), name="libraries_export_csv")]


@hooks.register("register_reports_menu_item")
def register_libraries_spreadsheet_menu_item():
    return CommunitiesTeamMenuItem(
        "Libraries spreadsheet (CSV)",
        reverse("libraries_export_csv"),
        permission_required=LibrariesSpreadsheetView.permission_required,
        name="libraries-spreadsheet",
        icon_name="download",
        order=1300,
    )


# Map for placing a library (static/dist/admin-location-picker.js): the latitude and longitude fields
# stay the real input, so the page can be edited without the map.


@hooks.register("insert_editor_js")
def library_location_picker_js():
    config = {
        "tileUrl": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        "centre": LEICESTERSHIRE,
    }
    return format_html(
        '<link rel="stylesheet" href="{}"><script src="{}"></script><script src="{}"></script>{}',
        static("dist/leaflet/leaflet.css"),
        static("dist/leaflet/leaflet.js"),
        static("dist/admin-location-picker.js"),
        json_script(config, "library-map-config"),
    )


# The middle of the county, where the map starts for a library not yet placed.
LEICESTERSHIRE = [52.64, -1.13]

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, json_script
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from libraries.admin_views import can_export_libraries, export_libraries_csv
from libraries.maps import map_settings

# Spreadsheet export for the Communities Team (docs/libraries-spreadsheet.md)


class LibrariesSpreadsheetMenuItem(MenuItem):
    def is_shown(self, request):
        return can_export_libraries(request.user)


@hooks.register("register_admin_urls")
def register_libraries_spreadsheet_url():
    return [path("libraries/export.csv", export_libraries_csv, name="libraries_export_csv")]


@hooks.register("register_reports_menu_item")
def register_libraries_spreadsheet_menu_item():
    return LibrariesSpreadsheetMenuItem(
        "Libraries spreadsheet (CSV)",
        reverse("libraries_export_csv"),
        name="libraries-spreadsheet",
        icon_name="download",
        order=1300,
    )


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

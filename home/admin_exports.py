"""Every CSV/XLSX download in the Wagtail admin goes through home.spreadsheets, so none can run a formula.

Wagtail's SpreadsheetExportMixin (behind every report and listing with "Download CSV/XLSX", Wagtail's own
included) writes text as it finds it: a search or page title typed as =HYPERLINK(...) would run when a
Communities Team member opens the file. `install` points the mixin at `as_spreadsheet` below once at
start-up, so a view added later is covered without anyone remembering to. home.checks fails
`manage.py check` if a Wagtail upgrade renames what this relies on.
"""

import datetime

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from home.spreadsheets import csv_response, xlsx_response

# What this module relies on in Wagtail's mixin.
MIXIN_API = ("as_spreadsheet", "get_heading", "to_row_dict", "preprocess_field_value", "get_filename")


def as_spreadsheet(view, queryset, spreadsheet_format):
    header = [view.get_heading(queryset, field) for field in view.list_export]
    rows = (
        [_cell(view, field, value, spreadsheet_format) for field, value in view.to_row_dict(item).items()]
        for item in queryset
    )
    filename = f"{view.get_filename()}.{spreadsheet_format}"
    if spreadsheet_format == SpreadsheetExportMixin.FORMAT_XLSX:
        return xlsx_response(filename, header, rows)
    return csv_response(filename, header, rows)


def _cell(view, field, value, spreadsheet_format):
    # Dates and times are written by home.spreadsheets, in local time (Wagtail's XLSX would give UTC).
    if field not in view.custom_field_preprocess and isinstance(value, datetime.date | datetime.time):
        return value
    return view.preprocess_field_value(field, value, spreadsheet_format)


def install():
    SpreadsheetExportMixin.as_spreadsheet = as_spreadsheet

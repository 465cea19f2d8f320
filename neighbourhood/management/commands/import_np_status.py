"""Create or update neighbourhood plan pages from the status sheet. See docs/neighbourhood-status-sheet.md."""

from home.management.spreadsheet_import import SpreadsheetImportCommand
from neighbourhood.spreadsheet import section


class Command(SpreadsheetImportCommand):
    help = (
        "Create or update neighbourhood plan pages and their milestones from the status sheet, "
        "a .csv or .xlsx file with one row per plan. Only reports what would change unless --apply is given."
    )
    section = section
    file_help = "The status sheet: a .csv or .xlsx file."

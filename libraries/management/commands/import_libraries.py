"""Create or update community managed library pages from a spreadsheet. See docs/libraries-spreadsheet.md."""

from home.management.spreadsheet_import import SpreadsheetImportCommand
from libraries.spreadsheet import section


class Command(SpreadsheetImportCommand):
    help = (
        "Create or update library pages from a .csv or .xlsx file, one row per library. "
        "Only reports what would change unless --apply is given."
    )
    section = section

"""Create or update local support services from a spreadsheet. See docs/toolkits.md."""

from home.management.spreadsheet_import import SpreadsheetImportCommand
from toolkits.spreadsheet import section


class Command(SpreadsheetImportCommand):
    help = (
        "Create or update support services from a .csv or .xlsx file, one row per service. "
        "Only reports what would change unless --apply is given."
    )
    section = section

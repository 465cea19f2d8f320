from home import spreadsheet_admin
from neighbourhood.spreadsheet import section as status_sheet

# The status sheet in the admin (docs/neighbourhood-status-sheet.md)
spreadsheet_admin.register(status_sheet)

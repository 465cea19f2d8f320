"""Admin views for the community managed libraries: the spreadsheet export for the Communities Team."""

from django.utils import timezone
from django.views import View

from home.permissions import CommunitiesTeamView
from home.spreadsheets import csv_response
from libraries.models import CommunityLibraryPage
from libraries.spreadsheet import COLUMNS, library_rows


class LibrariesSpreadsheetView(CommunitiesTeamView, View):
    """Every library page, published or not, as the spreadsheet `manage.py import_libraries` reads."""

    permission_required = "moderate"

    def get(self, request):
        filename = f"community-managed-libraries-{timezone.localdate():%Y-%m-%d}.csv"
        # UTF-8 with a byte order mark, so Excel reads it right (the import ignores the mark).
        return csv_response(filename, COLUMNS, library_rows(CommunityLibraryPage.objects.order_by("title")))

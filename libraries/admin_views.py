"""Admin views for the community managed libraries: the spreadsheet export for the Communities Team."""

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.views import defaults

from home.spreadsheets import csv_response
from home.volunteers.roles import is_moderator
from libraries.models import CommunityLibraryPage
from libraries.spreadsheet import COLUMNS, library_rows


def can_export_libraries(user):
    """Wagtail admin users who are superusers or Communities Team moderators."""
    return user.has_perm("wagtailadmin.access_admin") and is_moderator(user)


def export_libraries_csv(request):
    """Every library page, published or not, as the spreadsheet `manage.py import_libraries` reads."""
    if not can_export_libraries(request.user):
        # Answer 403 here: Wagtail's admin turns a raised PermissionDenied into a redirect to the dashboard.
        return defaults.permission_denied(request, PermissionDenied())
    filename = f"community-managed-libraries-{timezone.localdate():%Y-%m-%d}.csv"
    # UTF-8 with a byte order mark, so Excel reads it right (the import ignores the mark).
    return csv_response(filename, COLUMNS, library_rows(CommunityLibraryPage.objects.order_by("title")))

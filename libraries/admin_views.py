"""Admin views for the community managed libraries: the spreadsheet export for the Communities Team."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils import timezone
from django.views import defaults

from libraries.models import CommunityLibraryPage
from libraries.spreadsheet import write_csv

# The group whose members moderate every library's page. Defined here for now: the permissions issue
# will move it next to the code that provisions the group.
MODERATORS_GROUP_NAME = "Communities Team moderators"


def can_export_libraries(user):
    """Wagtail admin users who are superusers or Communities Team moderators."""
    if not user.is_active or not user.has_perm("wagtailadmin.access_admin"):
        return False
    return user.is_superuser or user.groups.filter(name=MODERATORS_GROUP_NAME).exists()


def export_libraries_csv(request):
    """Every library page, published or not, as the spreadsheet `manage.py import_libraries` reads."""
    if not can_export_libraries(request.user):
        # Answer 403 here: Wagtail's admin turns a raised PermissionDenied into a redirect to the dashboard.
        return defaults.permission_denied(request, PermissionDenied())
    filename = f"community-managed-libraries-{timezone.localdate():%Y-%m-%d}.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # A byte order mark, so Excel reads the file as UTF-8 (the import ignores it).
    write_csv(CommunityLibraryPage.objects.order_by("title"), response)
    return response

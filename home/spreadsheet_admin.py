"""Spreadsheets in the admin, for the Communities Team: every section's export, and its import in two steps.

Upload a .csv or .xlsx file -> a preview of what each row would do, and every problem by row and column ->
apply or cancel. Between the two steps the file's rows (cell text, never the file) wait in the moderator's
session on the server; the plan is made again from them when applying, and if the site has changed
since the preview, the new preview is shown instead of applying it. Sections register themselves from
their wagtail_hooks.py.
"""

import tempfile
from pathlib import Path

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.views.decorators.http import require_POST

from home.permissions import communities_team, refuse
from home.spreadsheets import MAX_FILE_BYTES, READABLE_SUFFIXES, SpreadsheetError

SECTIONS = {}  # name -> SpreadsheetSection
SESSION_KEY = "spreadsheet-import:{}"


def register(section):
    SECTIONS[section.name] = section


# The Communities Team's action (home/permissions.py) every view here needs.
PERMISSION_REQUIRED = "moderate"


def can_use_spreadsheets(user):
    return communities_team.user_has_permission(user, PERMISSION_REQUIRED)


def moderators_only(view):
    def checked(request, *args, section=None, **kwargs):
        if not can_use_spreadsheets(request.user):
            return refuse(request)
        if section is None:
            return view(request, *args, **kwargs)
        if section not in SECTIONS:
            raise Http404
        return view(request, SECTIONS[section], *args, **kwargs)

    checked.__name__ = view.__name__

    return checked


class UploadForm(forms.Form):
    file = forms.FileField(
        label="Spreadsheet", help_text="A .xlsx or .csv file, with the column headings in row 1."
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in READABLE_SUFFIXES:
            raise forms.ValidationError("Save the spreadsheet as .xlsx or .csv, then upload it again.")
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                "This file is too big to import: a spreadsheet of this site's pages is far smaller."
            )
        return upload


@moderators_only
def index(request):
    return TemplateResponse(request, "home/spreadsheets/index.html", {"sections": SECTIONS.values()})


@moderators_only
def export(request, section, fmt):
    return section.response(section.export_items(), fmt)


@moderators_only
def upload(request, section):
    form = UploadForm(request.POST or None, request.FILES or None)
    file_errors = []
    if request.method == "POST" and form.is_valid():
        try:
            rows = read_upload(section, form.cleaned_data["file"])
        except SpreadsheetError as error:
            file_errors = error.errors
        else:
            request.session[SESSION_KEY.format(section.name)] = {
                "filename": form.cleaned_data["file"].name,
                "rows": rows,
                "summary": section.plan(rows, request.user).summary(),
            }
            return redirect("spreadsheets:preview", section=section.name)
    context = {"section": section, "form": form, "file_errors": file_errors}
    return TemplateResponse(request, "home/spreadsheets/upload.html", context)


def read_upload(section, upload):
    """The upload's rows, read from a temporary copy that is gone as soon as they are read."""
    with tempfile.TemporaryDirectory() as folder:
        # The reader knows a file's kind by its suffix; the person's own file name is never used as a path.
        path = Path(folder) / f"upload{Path(upload.name).suffix.lower()}"
        with path.open("wb") as file:
            for chunk in upload.chunks():
                file.write(chunk)
        rows = section.read(path)
    return [{**row} for row in rows]


@moderators_only
def preview(request, section):
    waiting = request.session.get(SESSION_KEY.format(section.name))
    if not waiting:
        messages.info(request, "There is no spreadsheet waiting to be imported: upload one.")
        return redirect("spreadsheets:upload", section=section.name)
    plan = section.plan(waiting["rows"], request.user)
    if request.method == "POST" and not plan.errors:
        if plan.summary() == waiting["summary"]:
            report = section.apply(plan, request.user)
            del request.session[SESSION_KEY.format(section.name)]
            messages.success(
                request,
                f"{waiting['filename']} imported: {len(report.created)} added, {len(report.updated)} "
                f"changed, {len(report.unchanged)} unchanged.",
            )
            return redirect("spreadsheets:index")
        waiting["summary"] = plan.summary()
        request.session.modified = True
        messages.warning(
            request, "The website changed since this preview. Check the new preview, then apply."
        )
    context = {"section": section, "plan": plan, "filename": waiting["filename"]}
    return TemplateResponse(request, "home/spreadsheets/preview.html", context)


@moderators_only
@require_POST
def cancel(request, section):
    request.session.pop(SESSION_KEY.format(section.name), None)
    messages.info(request, "Import cancelled: nothing was changed.")
    return redirect("spreadsheets:index")


urlpatterns = [
    path("", index, name="index"),
    path("<slug:section>/export.csv", export, {"fmt": "csv"}, name="export_csv"),
    path("<slug:section>/export.xlsx", export, {"fmt": "xlsx"}, name="export_xlsx"),
    path("<slug:section>/import/", upload, name="upload"),
    path("<slug:section>/import/preview/", preview, name="preview"),
    path("<slug:section>/import/cancel/", cancel, name="cancel"),
]

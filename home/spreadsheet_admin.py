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
from django.utils.functional import cached_property
from django.views import View

from home.permissions import CommunitiesTeamView, communities_team
from home.spreadsheets import MAX_FILE_BYTES, READABLE_SUFFIXES, SpreadsheetError

SECTIONS = {}  # name -> SpreadsheetSection
SESSION_KEY = "spreadsheet-import:{}"


def register(section):
    SECTIONS[section.name] = section


# The Communities Team's action (home/permissions.py) every view here needs.
PERMISSION_REQUIRED = "moderate"


def can_use_spreadsheets(user):
    return communities_team.user_has_permission(user, PERMISSION_REQUIRED)


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


class SpreadsheetsIndexView(CommunitiesTeamView, View):
    permission_required = PERMISSION_REQUIRED

    def get(self, request):
        return TemplateResponse(request, "home/spreadsheets/index.html", {"sections": SECTIONS.values()})


class SectionView(CommunitiesTeamView, View):
    """A view of one section's spreadsheet, named in the URL (the permission is checked first)."""

    permission_required = PERMISSION_REQUIRED

    @cached_property
    def section(self):
        if self.kwargs["section"] not in SECTIONS:
            raise Http404
        return SECTIONS[self.kwargs["section"]]

    @property
    def session_key(self):
        return SESSION_KEY.format(self.section.name)


class SpreadsheetExportView(SectionView):
    fmt = None  # "csv" or "xlsx"

    def get(self, request, section):
        return self.section.response(self.section.export_items(), self.fmt)


class SpreadsheetUploadView(SectionView):
    def get(self, request, section):
        return self.render(UploadForm())

    def post(self, request, section):
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(form)
        try:
            rows = read_upload(self.section, form.cleaned_data["file"])
        except SpreadsheetError as error:
            return self.render(form, file_errors=error.errors)
        request.session[self.session_key] = {
            "filename": form.cleaned_data["file"].name,
            "rows": rows,
            "summary": self.section.plan(rows, request.user).summary(),
        }
        return redirect("spreadsheets:preview", section=self.section.name)

    def render(self, form, file_errors=()):
        context = {"section": self.section, "form": form, "file_errors": list(file_errors)}
        return TemplateResponse(self.request, "home/spreadsheets/upload.html", context)


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


class SpreadsheetPreviewView(SectionView):
    def dispatch(self, request, *args, **kwargs):
        self.waiting = request.session.get(SESSION_KEY.format(kwargs["section"]))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, section):
        if not self.waiting:
            return self.nothing_waiting()
        return self.render(self.section.plan(self.waiting["rows"], request.user))

    def post(self, request, section):
        if not self.waiting:
            return self.nothing_waiting()
        plan = self.section.plan(self.waiting["rows"], request.user)
        if plan.errors:
            return self.render(plan)
        if plan.summary() != self.waiting["summary"]:
            self.waiting["summary"] = plan.summary()
            request.session.modified = True
            messages.warning(
                request, "The website changed since this preview. Check the new preview, then apply."
            )
            return self.render(plan)
        report = self.section.apply(plan, request.user)
        del request.session[self.session_key]
        messages.success(
            request,
            f"{self.waiting['filename']} imported: {len(report.created)} added, {len(report.updated)} "
            f"changed, {len(report.unchanged)} unchanged.",
        )
        return redirect("spreadsheets:index")

    def nothing_waiting(self):
        messages.info(self.request, "There is no spreadsheet waiting to be imported: upload one.")
        return redirect("spreadsheets:upload", section=self.section.name)

    def render(self, plan):
        context = {"section": self.section, "plan": plan, "filename": self.waiting["filename"]}
        return TemplateResponse(self.request, "home/spreadsheets/preview.html", context)


class SpreadsheetCancelView(SectionView):
    http_method_names = ["post"]

    def post(self, request, section):
        request.session.pop(self.session_key, None)
        messages.info(request, "Import cancelled: nothing was changed.")
        return redirect("spreadsheets:index")


urlpatterns = [
    path("", SpreadsheetsIndexView.as_view(), name="index"),
    path("<slug:section>/export.csv", SpreadsheetExportView.as_view(fmt="csv"), name="export_csv"),
    path("<slug:section>/export.xlsx", SpreadsheetExportView.as_view(fmt="xlsx"), name="export_xlsx"),
    path("<slug:section>/import/", SpreadsheetUploadView.as_view(), name="upload"),
    path("<slug:section>/import/preview/", SpreadsheetPreviewView.as_view(), name="preview"),
    path("<slug:section>/import/cancel/", SpreadsheetCancelView.as_view(), name="cancel"),
]

"""Every spreadsheet the site hands out keeps text as text: a cell that someone typed as =HYPERLINK(...)
(a visitor in the search box, a volunteer in a page title) never runs as a formula when a Communities Team
member opens the download, and numbers stay numbers."""

import csv
import io
from datetime import date
from types import SimpleNamespace

import pytest
from django.test import RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from home.models import VolunteerTeam
from tests.home.test_network_signup import answers, confirm_link, path_of

# Each start that a spreadsheet program may run as a formula.
FORMULA_LIKE = ['=HYPERLINK("http://x.example","y")', "+zzqq", "-zzqq", "@zzqq", "\tzzqq", "\rzzqq"]
FORMATS = ["csv", "xlsx"]


def exporting_view_classes(patterns=None):
    """Every view in the URLconf (Wagtail's own reports and viewsets included) that offers CSV/XLSX."""
    found = {}
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            found.update(exporting_view_classes(pattern.url_patterns))
        elif isinstance(pattern, URLPattern):
            view_class = getattr(pattern.callback, "view_class", None)
            if view_class and issubclass(view_class, SpreadsheetExportMixin):
                found[f"{view_class.__module__}.{view_class.__qualname__}"] = view_class
    return found


EXPORTING_VIEWS = exporting_view_classes()


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def read_back(response, export_format):
    """The data rows of a download as [[cell, ...]]: CSV cells as text, XLSX cells as openpyxl cells."""
    if export_format == "csv":
        return list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"), newline="")))[1:]
    sheet = load_workbook(io.BytesIO(body(response))).worksheets[0]
    return [list(row) for row in sheet.iter_rows(min_row=2)]


def assert_kept_as_text(cell, typed, export_format):
    if export_format == "csv":
        assert cell == f"'{typed}"
    else:
        # XML reads a carriage return back as a line feed.
        assert (cell.value, cell.data_type, cell.quotePrefix) == (typed.replace("\r", "\n"), "s", True)


def test_the_url_walk_finds_the_sites_own_exports():
    names = {name.rsplit(".", 1)[-1] for name in EXPORTING_VIEWS}

    assert {"UnansweredSearchesView", "PopularSearchesView", "PagesDueForReviewView"} <= names
    assert {"TeamIndexView", "IndexView"} <= names


@pytest.mark.parametrize("export_format", FORMATS)
@pytest.mark.parametrize("view_class", EXPORTING_VIEWS.values(), ids=EXPORTING_VIEWS.keys())
def test_every_export_keeps_formula_like_text_as_text_and_numbers_as_numbers(view_class, export_format):
    view = view_class()
    view.setup(RequestFactory().get("/", {"export": export_format}))
    view.list_export = ["lc_typed", "lc_number"]
    items = [SimpleNamespace(lc_typed=typed, lc_number=-1.5) for typed in FORMULA_LIKE]

    rows = read_back(view.as_spreadsheet(items, export_format), export_format)

    for (typed_cell, number_cell), typed in zip(rows, FORMULA_LIKE, strict=True):
        assert_kept_as_text(typed_cell, typed, export_format)
        if export_format == "csv":
            assert number_cell == "-1.5"
        else:
            assert (number_cell.value, number_cell.data_type) == (-1.5, "n")


# The exports that the independent checks found, each fed from the attacker's side ------------------


def anonymous_search(client, _library):
    client.get("/search/", {"query": '=HYPERLINK("http://x.example","y")'})
    return '=hyperlink("http://x.example","y")'


def volunteer_title(_client, library):
    library.title = '=HYPERLINK("http://x.example","y")'
    library.save_revision().publish()
    return library.title


def overdue_volunteer_title(client, library):
    title = volunteer_title(client, library)
    type(library).objects.filter(pk=library.pk).update(last_reviewed=date(2000, 1, 1))
    return title


def public_signup(client, _library):
    """Joins and confirms by the emailed link: only confirmed members are exported."""
    from django.core import mail
    from django.core.cache import cache

    cache.clear()
    page = _signup_page()
    client.post(page.url, answers(name="@SUM(1+1)*cmd|' /C calc'!A0"))
    client.post(path_of(confirm_link(mail.outbox[-1])))
    return "@SUM(1+1)*cmd|' /C calc'!A0"


def _signup_page():
    from neighbourhood.models import NetworkSignupPage

    return NetworkSignupPage.objects.get()


ATTACKS = {
    "searches with no results": ("search_reports:unanswered", anonymous_search),
    "popular searches": ("search_reports:popular", anonymous_search),
    "volunteer teams": ("volunteer_teams:index", volunteer_title),
    "pages due for a check": ("volunteer_pages_due_for_review", overdue_volunteer_title),
    "network members": ("network_members:index", public_signup),
}


@pytest.mark.django_db
@pytest.mark.parametrize("export_format", FORMATS)
@pytest.mark.parametrize("url_name, plant", ATTACKS.values(), ids=ATTACKS.keys())
def test_text_typed_by_visitors_or_volunteers_downloads_as_text(
    client, superuser, library_a, url_name, plant, export_format
):
    typed = plant(client, library_a)
    assert VolunteerTeam.objects.filter(page=library_a).exists()
    client.force_login(superuser)

    response = client.get(reverse(url_name), {"export": export_format})

    assert response.status_code == 200
    cells = [cell for row in read_back(response, export_format) for cell in row]
    typed_cells = [cell for cell in cells if text_of(cell) in (typed, f"'{typed}")]
    assert typed_cells
    for cell in typed_cells:
        assert_kept_as_text(cell, typed, export_format)


def text_of(cell):
    return cell if isinstance(cell, str) else cell.value


def test_manage_py_check_fails_if_wagtail_exports_stop_going_through_home_spreadsheets(monkeypatch):
    from home.checks import admin_exports_go_through_home_spreadsheets

    assert admin_exports_go_through_home_spreadsheets(None) == []
    monkeypatch.setattr(SpreadsheetExportMixin, "as_spreadsheet", lambda *args: None)

    assert [error.id for error in admin_exports_go_through_home_spreadsheets(None)] == ["home.E001"]

"""The libraries spreadsheet export: who may download it, and that it imports back unchanged."""

import csv
import html
import io
from datetime import date, time
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from home.volunteers.roles import MODERATORS_GROUP_NAME
from libraries.factories import (
    CommunityLibraryPageFactory,
    LibraryDateExceptionFactory,
    LibraryOpeningSessionFactory,
)
from libraries.models import CommunityLibraryPage, LibraryIndexPage, LibraryService
from libraries.spreadsheet import section

pytestmark = pytest.mark.django_db

EXPORT_URL = "/admin/spreadsheets/libraries/export.csv"
COLUMNS = section.headers
FIELDS = [
    "slug",
    "title",
    "town",
    "address",
    "postcode",
    "district",
    "latitude",
    "longitude",
    "phone",
    "email",
    "website",
    "organisation_name",
    "charity_number",
    "summary",
    "volunteering_email",
    "live",
]


@pytest.fixture
def libraries():
    """Two libraries using every column, one of them unpublished."""
    anstey = CommunityLibraryPageFactory(
        title="Anstey Community Library",
        address="The Nook\nAnstey",
        postcode="LE7 7AA",
        district="charnwood",
        latitude=Decimal("52.6712"),
        longitude=Decimal("-1.1923"),
        phone="+44 116 000 0000",
        email="anstey.library@example.org.uk",
        website="https://anstey-library.example.org.uk",
        organisation_name="Friends of Anstey Library",
        charity_number="1234567",
        summary='=HYPERLINK("https://evil.example", "Click me")',
        volunteering_email="help@example.org.uk",
    )
    anstey.services = LibraryService.objects.filter(slug__in=["cafe", "work-club"])
    anstey.save()
    LibraryOpeningSessionFactory(page=anstey, weekday=0, opens=time(10), closes=time(13))
    LibraryOpeningSessionFactory(page=anstey, weekday=0, opens=time(14), closes=time(0))
    LibraryOpeningSessionFactory(page=anstey, weekday=5, opens=time(9, 30), closes=time(12))
    LibraryDateExceptionFactory(page=anstey, start_date=date(2020, 12, 25), end_date=date(2020, 12, 27))
    LibraryDateExceptionFactory(
        page=anstey,
        start_date=date(2027, 1, 2),
        opens=time(10),
        closes=time(12),
        reason="Stocktake; back soon",
    )
    barrow = CommunityLibraryPageFactory(
        title="Barrow Library", district="north-west-leicestershire", live=False
    )
    return [anstey, barrow]


def snapshot():
    """Every library's fields, services, hours and closures."""
    pages = CommunityLibraryPage.objects.child_of(LibraryIndexPage.objects.get()).order_by("slug")
    return [
        {
            **{name: getattr(page, name) for name in FIELDS},
            "services": sorted(page.services.values_list("slug", flat=True)),
            "hours": sorted(page.opening_sessions.values_list("weekday", "opens", "closes")),
            "closures": sorted(
                (e.start_date, e.last_date, e.opens, e.closes, e.reason) for e in page.date_exceptions.all()
            ),
        }
        for page in pages
    ]


def export_to(path):
    path.write_bytes(section.response(section.export_items(), "csv").content)
    return path


def user_with_admin_access(django_user_model, *, groups=(), **fields):
    user = django_user_model.objects.create_user(
        username=f"user{django_user_model.objects.count()}", **fields
    )
    group = Group.objects.create(name=f"Admin access {user.username}")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user.groups.add(group, *(Group.objects.get_or_create(name=name)[0] for name in groups))
    return user


@pytest.fixture
def moderator(django_user_model):
    return user_with_admin_access(django_user_model, groups=[MODERATORS_GROUP_NAME])


def test_export_then_import_leaves_every_library_unchanged(libraries, tmp_path, capsys):
    path = export_to(tmp_path / "export.csv")
    before = snapshot()
    anstey = CommunityLibraryPage.objects.get(pk=libraries[0].pk)
    anstey.phone = "0116 999 9999"
    anstey.opening_sessions = []
    anstey.services = []
    anstey.save_revision().publish()

    call_command("import_libraries", str(path))
    assert (
        "Update: Anstey Community Library (row 2): changes phone, services, opening_hours"
        in capsys.readouterr().out
    )
    call_command("import_libraries", str(path), "--apply")

    assert snapshot() == before
    call_command("import_libraries", str(path))
    assert "Would update 0 libraries." in capsys.readouterr().out


def test_the_export_writes_every_column_in_the_import_format(libraries, tmp_path):
    with export_to(tmp_path / "export.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))

    assert list(rows[0]) == COLUMNS
    anstey = next(row for row in rows if row["name"] == "Anstey Community Library")
    assert anstey["address"] == "The Nook\nAnstey"
    assert anstey["district"] == "Charnwood"
    assert (anstey["latitude"], anstey["longitude"]) == ("52.6712", "-1.1923")
    assert anstey["services"] == "Work club; Café"
    assert anstey["opening_hours"] == "Mon 10:00-13:00, 14:00-00:00; Sat 09:30-12:00"
    assert anstey["closures"] == (
        "2020-12-25 to 2020-12-27 closed (Christmas); 2027-01-02 10:00-12:00 (Stocktake; back soon)"
    )
    barrow = next(row for row in rows if row["name"] == "Barrow Library")
    assert barrow["district"] == "North West Leicestershire"


def test_the_export_guards_formula_cells_and_the_import_removes_the_guard(libraries, tmp_path):
    path = export_to(tmp_path / "export.csv")
    anstey = next(
        row
        for row in csv.DictReader(io.StringIO(path.read_text("utf-8-sig")))
        if row["slug"] == libraries[0].slug
    )

    assert anstey["summary"] == '\'=HYPERLINK("https://evil.example", "Click me")'
    assert anstey["phone"] == "'+44 116 000 0000"
    assert anstey["longitude"] == "-1.1923", "a plain number cannot run, so it stays a number"

    CommunityLibraryPage.objects.filter(pk=libraries[0].pk).update(summary="Changed", phone="")
    call_command("import_libraries", str(path), "--apply")

    anstey = CommunityLibraryPage.objects.get(pk=libraries[0].pk)
    assert anstey.summary == '=HYPERLINK("https://evil.example", "Click me")'
    assert anstey.phone == "+44 116 000 0000"


def test_a_moderator_downloads_every_library_as_csv(libraries, client, moderator):
    client.force_login(moderator)

    response = client.get(EXPORT_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="community-managed-libraries-20')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == COLUMNS
    names = [row[1] for row in rows[1:]]
    assert names == sorted(names)
    assert {"Anstey Community Library", "Barrow Library"} <= set(names), "unpublished libraries are included"


def test_a_superuser_downloads_the_csv(client, django_user_model):
    client.force_login(
        django_user_model.objects.create_superuser("admin", "admin@example.org.uk", "password")
    )

    assert client.get(reverse("spreadsheets:export_csv", kwargs={"section": "libraries"})).status_code == 200


def test_an_admin_user_outside_the_moderators_group_is_refused(client, django_user_model):
    client.force_login(user_with_admin_access(django_user_model, groups=["Editors"]))

    assert client.get(EXPORT_URL).status_code == 403


def test_an_anonymous_visitor_is_sent_to_log_in(client):
    response = client.get(EXPORT_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_admin_menu_offers_spreadsheets_only_to_people_allowed_to_use_them(
    client, django_user_model, moderator
):
    def menu(user):
        client.force_login(user)
        return html.unescape(client.get("/admin/").content.decode())  # the sidebar is JSON in an attribute

    assert '"url": "/admin/spreadsheets/"' in menu(moderator)
    assert '"url": "/admin/spreadsheets/"' not in menu(user_with_admin_access(django_user_model))

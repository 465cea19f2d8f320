"""Imports and exports in the admin (/admin/spreadsheets/), for every section: who may use them, what the
preview says, that nothing changes until applied (and nothing at all when a row is wrong), revisions in
the moderator's name, and that every export imports back with no changes."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLResolver, get_resolver, reverse
from wagtail.models import PageLogEntry, Revision

from home import spreadsheet_admin
from home.spreadsheet_sections import Change
from home.spreadsheets import SpreadsheetError
from libraries.factories import CommunityLibraryPageFactory
from libraries.models import CommunityLibraryPage
from libraries.spreadsheet import section as libraries
from neighbourhood.factories import NeighbourhoodPlanPageFactory, milestone
from neighbourhood.models import NeighbourhoodPlanPage
from toolkits.factories import SupportServiceFactory
from toolkits.models import SupportService
from toolkits.spreadsheet import SupportServiceSection

pytestmark = pytest.mark.django_db

SECTIONS = sorted(spreadsheet_admin.SECTIONS)
FORMATS = ["csv", "xlsx"]


def spreadsheet_routes():
    """Every URL pattern of the spreadsheets admin, found by walking the URL resolver."""
    admin = next(
        p for p in get_resolver().url_patterns if isinstance(p, URLResolver) and str(p.pattern) == "admin/"
    )
    found = []

    def walk(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, pattern.namespace or namespace)
            elif namespace == "spreadsheets":
                found.append(pattern.name)

    walk(admin.url_patterns)
    return found


ROUTES = spreadsheet_routes()


def urls_of(route):
    if route == "index":
        return [reverse("spreadsheets:index")]
    return [reverse(f"spreadsheets:{route}", kwargs={"section": name}) for name in SECTIONS]


EVERY_URL = [url for route in ROUTES for url in urls_of(route)]


def csv_file(rows, header=None, name="import.csv"):
    header = header or list(rows[0])
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=header)
    writer.writeheader()
    writer.writerows(rows)
    return SimpleUploadedFile(name, text.getvalue().encode("utf-8"), content_type="text/csv")


def upload(client, section, file):
    return client.post(
        reverse("spreadsheets:upload", kwargs={"section": section}), {"file": file}, follow=True
    )


def apply(client, section):
    return client.post(reverse("spreadsheets:preview", kwargs={"section": section}), follow=True)


def library_row(**cells):
    return {
        "name": "Quenby Community Library (test)",
        "town": "Hungarton",
        "address": "1 Example Lane",
        "postcode": "LE7 9JR",
        "district": "Harborough",
        **cells,
    }


def anstey_row(**cells):
    """The row of the `anstey` fixture's library, with the cells given changed."""
    return library_row(
        slug="anstey-test",
        name="Anstey Library (test)",
        town="Anstey",
        address="1 Main Street",
        postcode="LE7 7AA",
        district="Charnwood",
        **cells,
    )


def library_state():
    return sorted(
        CommunityLibraryPage.objects.values_list("slug", "title", "phone", "postcode", "latest_revision_id")
    )


@pytest.fixture
def as_moderator(client, moderator):
    client.force_login(moderator)
    return client


# Who may use them ---------------------------------------------------------------------------------


def test_the_walk_finds_every_import_and_export_route():
    assert set(ROUTES) == {"index", "export_csv", "export_xlsx", "upload", "preview", "cancel"}
    assert set(SECTIONS) == {"libraries", "neighbourhood-plans", "support-services"}


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("url", EVERY_URL)
def test_a_volunteer_is_refused_every_spreadsheet_url(client, volunteer_of, library_a, url, method):
    client.force_login(volunteer_of(library_a))
    before = library_state()

    response = getattr(client, method)(url, {"file": csv_file([library_row()])} if method == "post" else {})

    assert response.status_code == 403
    assert library_state() == before


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("url", EVERY_URL)
def test_an_anonymous_visitor_is_sent_to_log_in_from_every_spreadsheet_url(client, url, method):
    response = getattr(client, method)(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize(
    "url", [url for route in ("index", "upload", "export_csv") for url in urls_of(route)]
)
def test_a_moderator_opens_them(as_moderator, url):
    assert as_moderator.get(url).status_code == 200


def test_a_section_that_does_not_exist_is_not_found(as_moderator):
    assert as_moderator.get("/admin/spreadsheets/toolkits/import/").status_code == 404


# Round trip: every export imports back with no changes ------------------------------------------


@pytest.fixture
def one_of_each():
    """An item in each section with awkward values, beside the items already there."""
    library = CommunityLibraryPageFactory(
        title="Round Trip Library (test)",
        summary='=HYPERLINK("http://x.example","y")',
        phone="+44 116 000 0000",
        latitude=Decimal("52.6712"),
        longitude=Decimal("-1.1923"),
    )
    plan = NeighbourhoodPlanPageFactory(
        area_name="Round Trip (test)",
        milestones=[
            milestone("designated", "2021-03-01"),
            milestone("referendum", "2024-06-06", turnout=Decimal("34.1"), yes_percent=Decimal("91.6")),
        ],
    )
    service = SupportServiceFactory(
        name="Round trip service (test)",
        organisation="-minus sign first",
        categories=["befriending", "lunch-clubs"],
        districts=["charnwood", "melton"],
    )
    return library, plan, service


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("section", SECTIONS)
def test_an_export_imports_back_with_no_changes(as_moderator, one_of_each, section, fmt):
    exported = as_moderator.get(reverse(f"spreadsheets:export_{fmt}", kwargs={"section": section}))
    assert exported.status_code == 200
    revisions = Revision.objects.count()

    response = upload(as_moderator, section, SimpleUploadedFile(f"export.{fmt}", exported.content))

    plan = response.context["plan"]
    assert plan.errors == []
    assert (plan.to_create, plan.to_update) == ([], [])
    assert len(plan.unchanged) == len(spreadsheet_admin.SECTIONS[section].export_items()) > 1
    apply(as_moderator, section)
    assert Revision.objects.count() == revisions


# The preview --------------------------------------------------------------------------------------


@pytest.fixture
def anstey():
    return CommunityLibraryPageFactory(
        title="Anstey Library (test)",
        slug="anstey-test",
        town="Anstey",
        postcode="LE7 7AA",
        address="1 Main Street",
        district="charnwood",
        phone="0116 000 0000",
        latitude=Decimal("52.67"),
        longitude=Decimal("-1.19"),
    )


def test_the_preview_lists_what_is_added_what_changes_field_by_field_and_what_is_unchanged(
    as_moderator, anstey
):
    same = CommunityLibraryPageFactory(
        title="Same Library (test)",
        slug="same-test",
        town="Quorn",
        postcode="LE12 8AA",
        address="2 High St",
        district="charnwood",
    )
    rows = [
        library_row(),
        anstey_row(phone="0116 111 1111", latitude="52.67", longitude="-1.19"),
        library_row(
            slug="same-test",
            name="Same Library (test)",
            town="Quorn",
            address="2 High St",
            postcode="le12 8aa",
            district="charnwood",
            phone="",
            latitude="",
            longitude="",
        ),
    ]
    before = library_state()

    response = upload(as_moderator, "libraries", csv_file(rows, header=[*rows[1]]))

    plan = response.context["plan"]
    assert [(row.row, row.title) for row in plan.to_create] == [(2, "Quenby Community Library (test)")]
    assert [(row.row, row.title, row.changes) for row in plan.to_update] == [
        (3, "Anstey Library (test)", [Change("phone", "0116 000 0000", "0116 111 1111")])
    ]
    assert [(row.row, row.title) for row in plan.unchanged] == [(4, same.title)]
    page = response.content.decode()
    assert "0116 000 0000</del> → <ins>0116 111 1111" in page
    assert "1 to add, 1 to change, 1 unchanged. Nothing has been changed yet." in page
    assert library_state() == before


def test_every_error_is_shown_with_its_row_and_column_and_nothing_can_be_applied(as_moderator, anstey):
    rows = [
        library_row(),
        library_row(name="Bad Library (test)", postcode="not a postcode", opening_hours="Mon 13:00-10:00"),
    ]
    before = library_state()

    response = upload(as_moderator, "libraries", csv_file(rows, header=[*library_row(), "opening_hours"]))

    plan = response.context["plan"]
    assert [(error.row, error.column) for error in plan.errors] == [(3, "postcode"), (3, "opening_hours")]
    page = response.content.decode()
    assert "2 problems in import.csv: nothing will be changed" in page
    assert "Apply the import" not in page
    assert "<td>3</td><td>postcode</td>" in page
    apply(as_moderator, "libraries")
    assert library_state() == before


def test_a_file_that_is_not_a_spreadsheet_is_refused_with_a_clear_message(as_moderator):
    response = upload(as_moderator, "libraries", SimpleUploadedFile("libraries.pdf", b"%PDF-1.4"))

    assert "Save the spreadsheet as .xlsx or .csv, then upload it again." in response.content.decode()
    assert (
        as_moderator.get(reverse("spreadsheets:preview", kwargs={"section": "libraries"})).status_code == 302
    )


def test_an_unknown_column_is_reported_in_row_1(as_moderator):
    response = upload(as_moderator, "libraries", csv_file([library_row(colour="red")]))

    assert "Row 1, column &quot;colour&quot;: This is not a column we know." in response.content.decode()


# Applying -----------------------------------------------------------------------------------------


def test_applying_publishes_revisions_in_the_moderators_name(as_moderator, moderator, anstey):
    rows = [
        library_row(),
        anstey_row(latitude="52.67", longitude="-1.19", phone="0116 222 2222"),
    ]
    upload(as_moderator, "libraries", csv_file(rows, header=[*rows[1]]))

    response = apply(as_moderator, "libraries")

    assert "import.csv imported: 1 added, 1 changed, 0 unchanged." in response.content.decode()
    added = CommunityLibraryPage.objects.get(title="Quenby Community Library (test)")
    changed = CommunityLibraryPage.objects.get(pk=anstey.pk)
    assert changed.phone == "0116 222 2222"
    for page in (added, changed):
        assert page.live and not page.has_unpublished_changes
        assert page.latest_revision.user == moderator
        assert PageLogEntry.objects.filter(page=page, action="wagtail.publish", user=moderator).exists()
    assert PageLogEntry.objects.filter(page=added, action="wagtail.create", user=moderator).exists()
    # The rows were kept only until applied.
    assert not [key for key in list(as_moderator.session.keys()) if key.startswith("spreadsheet-import:")]


def test_a_new_library_without_coordinates_is_placed_from_the_gazetteer(as_moderator):
    upload(as_moderator, "libraries", csv_file([library_row()]))
    apply(as_moderator, "libraries")

    library = CommunityLibraryPage.objects.get(title="Quenby Community Library (test)")
    assert library.has_coordinates
    assert 52.5 < library.latitude < 52.8 and -1.1 < library.longitude < -0.9  # Hungarton, east of Leicester


SERVICE_ROW = {
    "name": "Lunch club (test)",
    "description": "Hot lunches on Tuesdays.",
    "categories": "lunch-clubs",
    "districts": "All of Leicestershire",
}


def test_a_support_service_import_publishes_a_revision_in_the_importers_name(client, superuser):
    client.force_login(superuser)
    upload(client, "support-services", csv_file([SERVICE_ROW]))
    apply(client, "support-services")

    service = SupportService.objects.get(name="Lunch club (test)")
    assert service.live and not service.has_unpublished_changes
    assert service.latest_revision.user == superuser
    assert service.districts.count() == 7


def test_someone_who_may_not_publish_a_row_is_told_and_it_is_saved_as_a_draft(
    as_moderator, moderator, monkeypatch
):
    monkeypatch.setattr(SupportServiceSection, "can_publish", lambda self, item, user: False)

    response = upload(as_moderator, "support-services", csv_file([SERVICE_ROW]))
    assert "You may not publish this service: the import saves it as a draft." in response.content.decode()
    apply(as_moderator, "support-services")

    service = SupportService.objects.get(name="Lunch club (test)")
    assert not service.live
    assert service.latest_revision.user == moderator


def test_a_change_that_may_not_be_published_leaves_the_live_service_as_it_was(
    as_moderator, moderator, monkeypatch
):
    service = SupportServiceFactory(
        name="Lunch club (test)", description="Lunches.", categories=["lunch-clubs"]
    )
    monkeypatch.setattr(SupportServiceSection, "can_publish", lambda self, item, user: False)

    upload(as_moderator, "support-services", csv_file([SERVICE_ROW]))
    apply(as_moderator, "support-services")

    service = SupportService.objects.get(pk=service.pk)
    assert (service.description, service.live, service.has_unpublished_changes) == ("Lunches.", True, True)
    assert service.districts.count() == 1
    draft = service.latest_revision
    assert (draft.user, draft.content["description"]) == (moderator, "Hot lunches on Tuesdays.")


def test_publishing_a_support_service_needs_the_publish_permission(make_user, superuser):
    section = spreadsheet_admin.SECTIONS["support-services"]

    assert section.can_publish(None, superuser)
    assert not section.can_publish(None, make_user("no-rights"))


def test_a_plan_import_creates_its_milestones(as_moderator):
    row = {"area": "Hungarton (test)", "district": "Harborough", "designated": "2022-02-01"}
    upload(as_moderator, "neighbourhood-plans", csv_file([row]))
    apply(as_moderator, "neighbourhood-plans")

    plan = NeighbourhoodPlanPage.objects.get(area_name="Hungarton (test)")
    assert [(m.stage, m.date) for m in plan.milestones.all()] == [("designated", date(2022, 2, 1))]


def test_a_failure_part_way_through_applying_changes_nothing(moderator, anstey, monkeypatch):
    rows = [library_row(), library_row(name="Second Library (test)")]
    plan = libraries.plan(rows)
    assert len(plan.to_create) == 2
    before = library_state()
    real_save = type(libraries).save

    def save_then_fail(self, item, values, user):
        if values["name"] == "Second Library (test)":
            raise RuntimeError("the database went away")
        return real_save(self, item, values, user)

    monkeypatch.setattr(type(libraries), "save", save_then_fail)

    with pytest.raises(RuntimeError):
        libraries.apply(plan, moderator)
    assert library_state() == before


def test_a_plan_with_errors_is_never_applied(moderator):
    plan = libraries.plan([library_row(postcode="nonsense")])

    with pytest.raises(SpreadsheetError):
        libraries.apply(plan, moderator)


def test_a_page_waiting_for_review_is_an_error_not_published_unreviewed(as_moderator, anstey, volunteer_of):
    volunteer = volunteer_of(anstey)
    draft = CommunityLibraryPage.objects.get(pk=anstey.pk)
    draft.summary = "A volunteer's change, waiting for review."
    draft.save_revision(user=volunteer)
    draft.get_workflow().start(draft, volunteer)
    rows = [anstey_row(phone="0116 333 3333")]

    response = upload(as_moderator, "libraries", csv_file(rows))

    assert [(error.row, error.column) for error in response.context["plan"].errors] == [(2, "")]
    assert "waiting for Communities Team review" in response.content.decode()


def test_if_the_site_changes_after_the_preview_the_new_preview_is_shown_instead_of_applying(
    as_moderator, anstey
):
    rows = [anstey_row(phone="0116 444 4444")]
    upload(as_moderator, "libraries", csv_file(rows))
    CommunityLibraryPage.objects.filter(pk=anstey.pk).update(address="Somewhere else")

    response = apply(as_moderator, "libraries")

    assert "The website changed since this preview" in response.content.decode()
    assert CommunityLibraryPage.objects.get(pk=anstey.pk).phone == "0116 000 0000"
    apply(as_moderator, "libraries")
    assert CommunityLibraryPage.objects.get(pk=anstey.pk).phone == "0116 444 4444"


def test_cancelling_forgets_the_rows_and_changes_nothing(as_moderator):
    before = library_state()
    upload(as_moderator, "libraries", csv_file([library_row()]))

    as_moderator.post(reverse("spreadsheets:cancel", kwargs={"section": "libraries"}))

    assert not [key for key in list(as_moderator.session.keys()) if key.startswith("spreadsheet-import:")]
    assert (
        as_moderator.get(reverse("spreadsheets:preview", kwargs={"section": "libraries"})).status_code == 302
    )
    assert library_state() == before


def test_cells_typed_as_html_are_shown_as_text_in_the_preview(as_moderator):
    response = upload(
        as_moderator, "libraries", csv_file([library_row(name="<script>alert(1)</script> (test)")])
    )

    page = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; (test)" in page
    assert "<script>alert(1)</script>" not in page


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(as_moderator, monkeypatch):
    monkeypatch.setattr(spreadsheet_admin, "MAX_FILE_BYTES", 10)

    response = upload(as_moderator, "libraries", csv_file([library_row()]))

    assert "This file is too big to import" in response.content.decode()
    assert "plan" not in response.context

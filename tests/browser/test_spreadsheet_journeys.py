"""A moderator imports libraries from a spreadsheet in the admin and sees them on the map."""

import csv
import re

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from home.volunteers.roles import MODERATORS_GROUP_NAME

HEADER = ["name", "town", "address", "postcode", "district"]
GOOD = ["Hungarton Community Library (test)", "Hungarton", "1 Main Street", "LE7 9JR", "Harborough"]
BAD = [
    "Tilton Community Library (test)",
    "Tilton on the Hill",
    "2 Main Street",
    "not a postcode",
    "Harborough",
]


def write_csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([HEADER, *rows])
    return path


def test_a_moderator_fixes_a_bad_row_previews_again_applies_and_sees_the_library_on_the_map(
    demo_site, page, django_user_model, tmp_path, axe_violations
):
    moderator = django_user_model.objects.create_user(
        "moderator", "moderator@example.org.uk", "a-long-password"
    )
    moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP_NAME))
    page.goto(demo_site.url + "/admin/login/")
    page.get_by_label("Username").fill("moderator")
    page.get_by_label("Password").fill("a-long-password")
    page.get_by_role("button", name="Sign in").click()

    page.goto(demo_site.url + "/admin/spreadsheets/")
    page.get_by_role("link", name="Import libraries").click()
    page.get_by_label("Spreadsheet").set_input_files(write_csv(tmp_path / "libraries.csv", [GOOD, BAD]))
    page.get_by_role("button", name="Preview the import").click()

    expect(page.get_by_role("alert")).to_contain_text("1 problem in libraries.csv: nothing will be changed")
    problem = page.locator("#import-errors tbody tr")
    expect(problem).to_have_count(1)
    expect(problem).to_contain_text(re.compile(r"3\s*postcode"))
    expect(page.get_by_role("button", name="Apply the import")).to_have_count(0)
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, "no sideways scrolling at 320px"
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_role("link", name="Upload a corrected file").click()
    fixed = [*BAD[:3], "LE7 9LH", BAD[4]]
    page.get_by_label("Spreadsheet").set_input_files(
        write_csv(tmp_path / "libraries-fixed.csv", [GOOD, fixed])
    )
    page.get_by_role("button", name="Preview the import").click()

    expect(page.locator("#import-summary")).to_contain_text("2 to add, 0 to change, 0 unchanged")
    expect(page.locator("#import-added")).to_contain_text("Tilton Community Library (test)")
    page.get_by_role("button", name="Apply the import").click()
    expect(page.get_by_text("libraries-fixed.csv imported: 2 added, 0 changed, 0 unchanged.")).to_be_visible()

    page.goto(demo_site.url + "/community-managed-libraries/")
    page.get_by_role("button", name="Show on a map").click()
    marker = page.locator('#library-map .leaflet-marker-icon[title="Tilton Community Library (test)"]')
    expect(marker).to_be_visible()
    marker.click()
    expect(page.locator(".leaflet-popup")).to_contain_text("Tilton Community Library (test)")

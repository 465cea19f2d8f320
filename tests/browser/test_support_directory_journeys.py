"""A resident finds local support near them, by keyboard, with or without JavaScript, and opens a service."""

import re

import pytest
from playwright.sync_api import expect

DIRECTORY = "/find-local-support/"


def test_resident_finds_support_for_carers_near_their_town_by_keyboard_and_opens_it(demo_site, page):
    page.goto(demo_site.url + DIRECTORY)

    page.get_by_label("Your town, village or postcode").focus()
    page.keyboard.type("Wigston")
    page.get_by_label("Who it is for").select_option(label="Carers")
    page.get_by_role("button", name="Show support").focus()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"near=Wigston.*audience=carers"))
    expect(page.locator("#support-results")).to_contain_text("nearest to Wigston first")
    first = page.locator(".lc-service-list__item").first
    expect(first).to_contain_text("Carers coffee morning (example)")
    expect(first).to_contain_text(re.compile(r"\d+\.\d miles away"))
    first.get_by_role("link").focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Carers coffee morning (example)")
    for shown in ("Where it meets", "Accessibility", "When", "Cost", "Information checked on"):
        expect(page.locator("main")).to_contain_text(shown)


def test_an_unknown_place_is_explained_and_kept_in_the_box(demo_site, page):
    page.goto(demo_site.url + DIRECTORY + "?near=Atlantis")

    expect(page.locator("main")).to_contain_text("We could not find “Atlantis”")
    expect(page.get_by_label("Your town, village or postcode")).to_have_value("Atlantis")


def test_the_directory_is_complete_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    page.goto(demo_site.url + DIRECTORY + "?cost=paid")

    expect(page.locator(".lc-service-list__item")).to_have_count(2)
    expect(page.locator("#support-map")).to_be_hidden()
    context.close()


def test_the_map_marks_the_services_that_meet_in_one_place(demo_site, page):
    page.goto(demo_site.url + DIRECTORY)

    located = page.locator(".lc-service-list__item[data-latitude]")
    page.get_by_role("button", name="Show on a map").click()
    expect(page.locator("#support-map.leaflet-container")).to_be_visible()
    expect(page.locator("#support-map .leaflet-marker-icon")).to_have_count(located.count())
    page.locator('#support-map .leaflet-marker-icon[title="Carers coffee morning (example)"]').click()
    expect(page.locator(".leaflet-popup")).to_contain_text("Carers coffee morning (example)")


@pytest.mark.parametrize(
    "query", ["?near=LE12+9AB&category=befriending", "?near=" + "x" * 80 + "&district=nowhere&page=abc"]
)
def test_filtered_directory_pages_have_no_wcag_22_aa_violations(demo_site, page, axe_violations, query):
    page.goto(demo_site.url + DIRECTORY + query)

    assert axe_violations(page) == []

"""A resident finds local support near them, by keyboard, with or without JavaScript, and opens a service."""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from home import gazetteer
from toolkits.factories import SupportServiceFactory

DIRECTORY = "/find-local-support/"


def service_in(place_name, name, **fields):
    """A published support service meeting where the gazetteer puts the place, in its district."""
    place = gazetteer.find_place(place_name)
    point = place.point
    return SupportServiceFactory(
        name=name,
        districts=[place.district],
        address=f"Village hall, {place_name}",
        latitude=round(Decimal(point.latitude), 6),
        longitude=round(Decimal(point.longitude), 6),
        opening_times="Tuesdays, 10am to noon",
        accessibility="Step-free entrance.",
        **fields,
    )


def test_resident_finds_support_for_carers_near_their_town_by_keyboard_and_opens_it(demo_site, page):
    service_in("Lutterworth", "Lutterworth carers' circle (test)", audience="carers", cost="Free")
    service_in("Lutterworth", "Lutterworth youth club (test)", audience="young-people")
    page.goto(demo_site.url + DIRECTORY)

    page.get_by_label("Your town, village or postcode").focus()
    page.keyboard.type("Lutterworth")
    page.get_by_label("Who it is for").select_option(label="Carers")
    page.get_by_role("button", name="Show support").focus()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"near=Lutterworth.*audience=carers"))
    expect(page.locator("#support-results")).to_contain_text("nearest to Lutterworth first")
    results = page.locator(".lc-service-list__item")
    expect(results.filter(has_text="Lutterworth youth club (test)")).to_have_count(0)
    first = results.first
    expect(first).to_contain_text("Lutterworth carers' circle (test)")
    expect(first).to_contain_text(re.compile(r"\d+\.\d miles away"))
    first.get_by_role("link").focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Lutterworth carers' circle (test)")
    for shown in ("Where it meets", "Accessibility", "When", "Cost", "Information checked on"):
        expect(page.locator("main")).to_contain_text(shown)


def test_an_unknown_place_is_explained_and_kept_in_the_box(demo_site, page):
    page.goto(demo_site.url + DIRECTORY + "?near=Atlantis")

    expect(page.locator("main")).to_contain_text("We could not find “Atlantis”")
    expect(page.get_by_label("Your town, village or postcode")).to_have_value("Atlantis")


def test_the_directory_is_complete_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    service_in("Lutterworth", "Lutterworth lunch club (test)", charge="paid", cost="£3 a meal")
    service_in("Lutterworth", "Lutterworth coffee morning (test)", charge="free", cost="Free")
    page.goto(demo_site.url + DIRECTORY + "?cost=paid")

    results = page.locator(".lc-service-list__item")
    expect(results.filter(has_text="Lutterworth lunch club (test)")).to_have_count(1)
    expect(results.filter(has_text="Lutterworth coffee morning (test)")).to_have_count(0)
    expect(page.locator(".lc-map-toggle")).to_be_hidden()  # no map to offer without a script
    context.close()


def test_the_map_marks_the_services_that_meet_in_one_place(demo_site, page):
    service_in("Lutterworth", "Lutterworth carers' circle (test)")
    page.goto(demo_site.url + DIRECTORY + "?near=Lutterworth")

    located = page.locator(".lc-service-list__item[data-latitude]")
    page.get_by_role("button", name="Show on a map").click()
    expect(page.locator("#support-map.leaflet-container")).to_be_visible()
    expect(page.locator("#support-map .leaflet-marker-icon")).to_have_count(located.count())
    page.locator('#support-map .leaflet-marker-icon[title="Lutterworth carers\' circle (test)"]').click()
    expect(page.locator(".leaflet-popup")).to_contain_text("Lutterworth carers' circle (test)")


@pytest.mark.parametrize(
    "query", ["?near=LE12+9AB&category=befriending", "?near=" + "x" * 80 + "&district=nowhere&page=abc"]
)
def test_filtered_directory_pages_have_no_wcag_22_aa_violations(demo_site, page, axe_violations, query):
    page.goto(demo_site.url + DIRECTORY + query)

    assert axe_violations(page) == []

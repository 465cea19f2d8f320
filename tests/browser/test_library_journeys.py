"""A resident finds a library with a café in Charnwood and sees whether it is open."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from playwright.sync_api import expect

from libraries.factories import published_library
from libraries.models import LibraryService

# Where each place is, written down here rather than asked of the gazetteer under test.
PLACES = {
    "Sileby": ("52.732860", "-1.107730"),
    "Kibworth Harcourt": ("52.544390", "-0.994910"),
    "Quorn": ("52.744600", "-1.173500"),
    "le17 4aa": ("52.455960", "-1.188410"),
}


def library_at(place_name, title, *, services=(), **fields):
    """A published library (open Mondays 09:30 to 12:30) standing at the place."""
    latitude, longitude = PLACES[place_name]
    return published_library(
        title=title,
        latitude=latitude,
        longitude=longitude,
        services=list(LibraryService.objects.filter(slug__in=services)),
        **fields,
    )


def test_resident_finds_a_cafe_library_in_charnwood_and_sees_if_it_is_open(demo_site, page):
    library_at("Sileby", "Sileby Test Library", district="charnwood", services=["cafe"])
    library_at("Sileby", "Sileby Test Reading Room", district="charnwood")  # no café
    page.goto(demo_site.url + "/community-managed-libraries/")

    page.get_by_label("District").select_option(label="Charnwood")
    page.get_by_label("Offering").select_option(label="Café")
    page.get_by_role("button", name="Show libraries").click()

    expect(page).to_have_url(re.compile(r"district=charnwood.*service=cafe"))
    results = page.locator(".lc-library-list__item")
    expect(results.first).to_be_visible()
    for text in results.all_inner_texts():
        assert "Charnwood" in text and "Café" in text, text
    expect(results.filter(has_text="Sileby Test Reading Room")).to_have_count(0)
    results.get_by_role("link", name="Sileby Test Library").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Sileby Test Library")
    expect(page.locator(".lc-opening-status")).to_have_text(re.compile(r"^(Open now, closes at|Closed now)"))
    expect(page.get_by_role("row", name=re.compile("Monday"))).to_contain_text("09:30 to 12:30")


def test_resident_searches_near_a_town_by_keyboard_only(demo_site, page):
    library_at("Kibworth Harcourt", "Kibworth Test Library", district="harborough")
    page.goto(demo_site.url + "/community-managed-libraries/")

    page.get_by_label("Near a town, village or postcode").focus()
    page.keyboard.type("Kibworth Harcourt")
    page.keyboard.press("Enter")

    first = page.locator(".lc-library-list__item").first
    expect(first).to_contain_text("Kibworth Test Library")
    expect(page.locator("#library-results")).to_contain_text("nearest to Kibworth Harcourt first")


@pytest.mark.parametrize("typed", ["Quorn", "le17 4aa"])
def test_resident_finds_the_nearest_library_to_a_village_or_full_postcode_by_keyboard(demo_site, page, typed):
    library_at(typed, "Nearest Test Library")
    page.goto(demo_site.url + "/community-managed-libraries/")

    page.get_by_label("Near a town, village or postcode").focus()
    page.keyboard.type(typed)
    page.keyboard.press("Enter")

    expect(page.locator("#library-results")).to_contain_text(f"nearest to {typed} first")
    expect(page.locator(".lc-library-list__item").first).to_contain_text("Nearest Test Library")


def test_the_map_and_its_tiles_load_only_when_a_resident_asks_for_it_by_keyboard(demo_site, page):
    tile_server = urlsplit(settings.MAP_TILE_URL).netloc
    page.route(re.compile(rf"^https?://{re.escape(tile_server)}/"), lambda route: route.abort())
    map_requests = []
    page.on(
        "request",
        lambda request: (
            map_requests.append(request.url)
            if "leaflet" in request.url or urlsplit(request.url).netloc == tile_server
            else None
        ),
    )
    page.goto(demo_site.url + "/community-managed-libraries/")
    page.wait_for_load_state("networkidle")
    assert map_requests == []
    expect(page.locator("#library-map")).to_be_hidden()

    button = page.get_by_role("button", name="Show on a map")
    expect(button).to_have_attribute("aria-expanded", "false")
    button.focus()
    with page.expect_request(lambda request: urlsplit(request.url).netloc == tile_server):
        page.keyboard.press("Enter")

    located = page.locator(".lc-library-list__item[data-latitude]")
    expect(page.locator("#library-map.leaflet-container")).to_be_visible()
    expect(page.locator("#library-map .leaflet-marker-icon")).to_have_count(located.count())
    expect(page.get_by_role("button", name="Hide the map")).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Enter")
    expect(page.locator("#library-map")).to_be_hidden()


def test_a_map_that_fails_to_load_says_so_and_loads_when_tried_again(demo_site, page):
    page.route(re.compile(r"/leaflet/leaflet[^/]*\.js$"), lambda route: route.abort())
    page.goto(demo_site.url + "/community-managed-libraries/")

    page.get_by_role("button", name="Show on a map").click()

    expect(page.locator("[data-map-status=library-map]")).to_have_text(
        "The map could not be loaded. Check your connection and try again."
    )
    expect(page.get_by_role("button", name="Show on a map")).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#library-map")).to_be_hidden()

    page.unroute(re.compile(r"/leaflet/leaflet[^/]*\.js$"))
    page.get_by_role("button", name="Show on a map").click()
    expect(page.locator("#library-map .leaflet-marker-icon").first).to_be_visible()
    expect(page.locator("[data-map-status=library-map]")).to_have_text("")
    assert page.locator("script[src*='leaflet']").count() == 1


def test_the_library_list_is_complete_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    library_at("Sileby", "Sileby Test Library", services=["work-club"])
    page.goto(demo_site.url + "/community-managed-libraries/?service=work-club")

    results = page.locator(".lc-library-list__item")
    expect(results.filter(has_text="Sileby Test Library")).to_have_count(1)
    for text in results.all_inner_texts():
        assert "Work club" in text, text
    expect(page.locator(".lc-map-toggle")).to_be_hidden()  # no map to offer without a script
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/community-managed-libraries/",
        "/community-managed-libraries/?near=Loughborough&open_now=1",
        "/community-managed-libraries/?near=Atlantis",
        "a library",
    ],
)
def test_library_pages_have_no_wcag_22_aa_violations(demo_site, page, axe_violations, path):
    if path == "a library":
        path = library_at("Sileby", "Sileby Test Library", services=["cafe", "work-club"]).url
    page.goto(demo_site.url + path)

    assert axe_violations(page) == []


def test_editor_places_a_library_by_clicking_the_map(demo_site, page, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.com", "a-long-password")
    library = published_library(title="Riverside Library", latitude="52.772100", longitude="-1.206200")
    page.goto(demo_site.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-long-password")
    page.get_by_role("button", name="Sign in").click()

    page.goto(f"{demo_site.url}/admin/pages/{library.pk}/edit/")
    page.get_by_role("tab", name="Visiting").click()
    map_region = page.get_by_role("region", name="Map: click to set the library's location")
    latitude_before = page.get_by_label("Latitude").input_value()
    map_region.click(position={"x": 40, "y": 250})

    expect(page.get_by_label("Latitude")).not_to_have_value(latitude_before)
    assert float(page.get_by_label("Longitude").input_value()) < -1.2062, (
        "a click left of the pin moves it west"
    )

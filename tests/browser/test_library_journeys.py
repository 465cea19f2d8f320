"""A resident finds a library with a café in Charnwood and sees whether it is open."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from playwright.sync_api import expect


def test_resident_finds_a_cafe_library_in_charnwood_and_sees_if_it_is_open(demo_site, page):
    page.goto(demo_site.url + "/community-managed-libraries/")

    page.get_by_label("District").select_option(label="Charnwood")
    page.get_by_label("Offering").select_option(label="Café")
    page.get_by_role("button", name="Show libraries").click()

    expect(page).to_have_url(re.compile(r"district=charnwood.*service=cafe"))
    results = page.locator(".lc-library-list__item")
    expect(results).to_have_count(1)
    results.get_by_role("link").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Riverside Community Library (example)")
    expect(page.locator(".lc-opening-status")).to_have_text(re.compile(r"^(Open now, closes at|Closed now)"))
    expect(page.get_by_role("row", name=re.compile("Thursday"))).to_contain_text("14:00 to 19:00")


def test_resident_searches_near_a_town_by_keyboard_only(demo_site, page):
    page.goto(demo_site.url + "/community-managed-libraries/")

    page.get_by_label("Near a town, village or postcode").focus()
    page.keyboard.type("Asfordby")
    page.keyboard.press("Enter")

    first = page.locator(".lc-library-list__item").first
    expect(first).to_contain_text("Wreake Valley Community Library (example)")
    expect(page.locator("#library-results")).to_contain_text("nearest to Asfordby first")


@pytest.mark.parametrize("typed", ["Quorn", "le11 9zz"])
def test_resident_finds_the_nearest_library_to_a_village_or_full_postcode_by_keyboard(demo_site, page, typed):
    page.goto(demo_site.url + "/community-managed-libraries/")

    page.get_by_label("Near a town, village or postcode").focus()
    page.keyboard.type(typed)
    page.keyboard.press("Enter")

    expect(page.locator(".lc-library-list__item").first).to_contain_text(
        "Riverside Community Library (example)"
    )
    expect(page.locator("#library-results")).to_contain_text(f"nearest to {typed} first")


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
    page.keyboard.press("Enter")

    located = page.locator(".lc-library-list__item[data-latitude]")
    expect(page.locator("#library-map.leaflet-container")).to_be_visible()
    expect(page.locator("#library-map .leaflet-marker-icon")).to_have_count(located.count())
    expect(page.get_by_role("button", name="Hide the map")).to_have_attribute("aria-expanded", "true")
    assert any(urlsplit(url).netloc == tile_server for url in map_requests)
    page.keyboard.press("Enter")
    expect(page.locator("#library-map")).to_be_hidden()


def test_the_library_list_is_complete_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    page.goto(demo_site.url + "/community-managed-libraries/?service=work-club")

    expect(page.locator(".lc-library-list__item")).to_have_count(2)
    expect(page.locator("#library-map")).to_be_hidden()
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/community-managed-libraries/",
        "/community-managed-libraries/?near=Loughborough&open_now=1",
        "/community-managed-libraries/?near=Atlantis",
        "/community-managed-libraries/riverside-community-library-example/",
    ],
)
def test_library_pages_have_no_wcag_22_aa_violations(demo_site, page, axe_violations, path):
    page.goto(demo_site.url + path)

    assert axe_violations(page) == []


def test_editor_places_a_library_by_clicking_the_map(demo_site, page, django_user_model):
    from libraries.factories import published_library

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

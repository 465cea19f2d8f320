"""On a phone the site's sections sit behind a "Menu" button: drawn closed from the first paint (nothing
jumps when the script arrives), opened by touch or keyboard, and simply listed when JavaScript is off."""

import time

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SUM_OF_LAYOUT_SHIFTS = """
window.layoutShift = 0;
new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def menu(page):
    return page.get_by_role("navigation", name="Menu")


def test_nothing_moves_while_the_menu_script_arrives_on_a_slow_connection(demo_site, phone):
    phone.add_init_script(SUM_OF_LAYOUT_SHIFTS)
    # Hold the site's script back, as a rural phone connection would, so the page is painted without it.
    phone.route("**/dist/site.mjs", lambda route: (time.sleep(0.8), route.continue_()))

    phone.goto(demo_site.url + "/")
    expect(menu(phone).get_by_role("button", name="Menu")).to_be_visible()
    phone.wait_for_timeout(300)

    assert phone.evaluate("window.layoutShift") < 0.01


def test_the_menu_starts_closed_and_opens_by_keyboard(demo_site, phone):
    phone.goto(demo_site.url + "/")
    button = menu(phone).get_by_role("button", name="Menu")
    libraries = menu(phone).get_by_role("link", name="Community managed libraries")
    expect(libraries).to_be_hidden()
    expect(button).to_have_attribute("aria-expanded", "false")

    button.focus()
    phone.keyboard.press("Enter")

    expect(button).to_have_attribute("aria-expanded", "true")
    expect(libraries).to_be_visible()
    phone.keyboard.press("Tab")
    expect(menu(phone).get_by_role("link").first).to_be_focused()
    phone.keyboard.press("Shift+Tab")
    phone.keyboard.press("Enter")
    expect(libraries).to_be_hidden()


def test_without_javascript_every_section_is_listed_and_there_is_no_menu_button(browser, demo_site):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()

    page.goto(demo_site.url + "/")

    expect(menu(page).get_by_role("link", name="Community managed libraries")).to_be_visible()
    expect(menu(page).get_by_role("button", name="Menu")).to_be_hidden()
    context.close()


def test_on_a_wide_screen_the_sections_are_listed_without_a_menu_button(demo_site, page):
    page.goto(demo_site.url + "/")

    expect(menu(page).get_by_role("link", name="Community managed libraries")).to_be_visible()
    expect(menu(page).get_by_role("button", name="Menu")).to_be_hidden()


def menu_rows(browser, demo_site, width):
    """How many sections sit in each row of the menu, and how far the page scrolls sideways."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(demo_site.url + "/")
    tops = page.evaluate(
        """[...document.querySelectorAll('.govuk-service-navigation__item')]
            .map((item) => Math.round(item.getBoundingClientRect().top))"""
    )
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    context.close()
    return [tops.count(top) for top in sorted(set(tops))], overflow


@pytest.mark.parametrize("width", [769, 800, 1024, 1280, 1600])
def test_from_desktop_up_the_sections_share_one_row(browser, demo_site, width):
    rows, overflow = menu_rows(browser, demo_site, width)

    assert sum(rows) >= 4
    assert len(rows) == 1, f"the menu breaks into rows of {rows}"
    assert overflow <= 0


@pytest.mark.parametrize("width", [641, 700, 768])
def test_on_a_tablet_no_section_is_left_alone_on_a_row_and_nothing_scrolls_sideways(
    browser, demo_site, width
):
    rows, overflow = menu_rows(browser, demo_site, width)

    assert sum(rows) >= 4
    assert len(rows) == 1 or min(rows) >= 2, f"the menu breaks into rows of {rows}"
    assert overflow <= 0

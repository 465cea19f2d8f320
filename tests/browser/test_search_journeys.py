"""A resident searches the site: suggestions as they type, filters, and a support service."""

import re

from playwright.sync_api import expect


def suggestions_showing(page, typed):
    box = page.get_by_role("combobox", name="Search this site")
    box.press_sequentially(typed, delay=50)
    expect(page.get_by_role("listbox").get_by_role("option").first).to_be_visible()
    return box


def test_enter_searches_for_what_was_typed_while_suggestions_show(demo_site, page):
    page.goto(demo_site.url)
    suggestions_showing(page, "lonely")
    # Screen readers hear how many suggestions there are.
    expect(page.locator("[role=status]").filter(has_text="suggestions available").first).to_be_attached()

    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/search/\?query=lonely$"))
    expect(page.get_by_role("heading", name=re.compile(r"results? for “lonely”"))).to_be_visible()


def test_choosing_a_suggestion_by_keyboard_opens_that_page(demo_site, page):
    page.goto(demo_site.url)
    suggestions_showing(page, "lonely")
    wanted = "Tackling Loneliness in Leicestershire"
    for _ in range(8):  # down the list by keyboard to the toolkit
        page.keyboard.press("ArrowDown")
        if page.locator("[role=option][aria-selected=true]").inner_text().strip() == wanted:
            break

    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text(wanted)
    assert "/search/" not in page.url


def test_escape_closes_the_suggestions_and_keeps_focus_in_the_box(demo_site, page):
    page.goto(demo_site.url)
    box = suggestions_showing(page, "lib")
    page.keyboard.press("ArrowDown")  # focus moves onto the first suggestion

    page.keyboard.press("Escape")

    expect(page.get_by_role("listbox").get_by_role("option").first).to_be_hidden()
    expect(box).to_be_focused()
    expect(box).to_have_value("lib")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?query=lib$"))


def test_resident_filters_results_by_district_and_opens_a_support_service(demo_site, page):
    page.goto(demo_site.url + "/search/?query=lonely")
    filters = page.get_by_role("navigation", name="District")
    filters.get_by_role("link", name=re.compile(r"^Melton \(\d+\)$")).click()

    expect(page.get_by_role("heading", name=re.compile(r"results? for .* in Melton"))).to_be_visible()
    service = page.locator(".lc-search-result", has_text="Support service").first
    name = service.get_by_role("heading").inner_text()
    service.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.get_by_text("Kind of support")).to_be_visible()


def test_the_header_box_searches_without_javascript(demo_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site.url)

    page.get_by_role("searchbox", name="Search this site").fill("befriending")
    page.get_by_role("button", name="Search").first.click()

    expect(page.get_by_role("heading", name=re.compile(r"results? for “befriending”"))).to_be_visible()
    context.close()


def test_results_page_has_no_accessibility_violations(demo_site, page, axe_violations):
    page.goto(demo_site.url + "/search/?query=befriending&district=melton")
    expect(page.get_by_role("searchbox", name="What are you looking for?")).to_have_value("befriending")

    assert axe_violations(page) == []


def test_no_results_page_with_help_lines_has_no_accessibility_violations(demo_site, page, axe_violations):
    page.goto(demo_site.url + "/search/?query=lonley+qqq")
    expect(page.get_by_text("Samaritans")).to_be_visible()

    assert axe_violations(page) == []


def test_open_suggestions_have_no_accessibility_violations(demo_site, page, axe_violations):
    page.goto(demo_site.url + "/about-us/")
    page.get_by_role("combobox", name="Search this site").press_sequentially("lib", delay=50)
    expect(page.get_by_role("listbox").get_by_role("option").first).to_be_visible()

    assert axe_violations(page) == []


def test_suggestions_show_page_titles_as_text_never_as_markup(demo_site, page, home_page):
    from home.factories import StandardPageFactory

    StandardPageFactory(parent=home_page, title='Zebra crossing <img src=x onerror="window.hacked=1">')
    page.goto(demo_site.url)

    page.get_by_role("combobox", name="Search this site").press_sequentially("zebra", delay=50)

    option = page.get_by_role("listbox").get_by_role("option").first
    expect(option).to_contain_text('Zebra crossing <img src=x onerror="window.hacked=1">')
    expect(page.get_by_role("listbox").locator("img")).to_have_count(0)
    assert page.evaluate("window.hacked") is None


def test_leaving_the_box_does_not_search(demo_site, page):
    page.goto(demo_site.url)
    box = page.get_by_role("combobox", name="Search this site")
    box.press_sequentially("lonely", delay=50)
    expect(page.get_by_role("listbox").get_by_role("option").first).to_be_visible()
    page.keyboard.press("ArrowDown")

    page.keyboard.press("Tab")

    expect(page).to_have_url(demo_site.url + "/")


def test_a_crisis_search_shows_help_first_with_no_accessibility_violations(demo_site, page, axe_violations):
    page.goto(demo_site.url + "/search/?query=I+can%27t+cope")
    expect(page.get_by_text("Samaritans").first).to_be_visible()

    assert axe_violations(page) == []

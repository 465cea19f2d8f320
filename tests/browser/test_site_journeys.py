"""A resident finds their way around the site with a mouse, a keyboard, and a screen reader's view."""

import re

import pytest
from playwright.sync_api import expect

SECTIONS = [
    ("Community managed libraries", "/community-managed-libraries/"),
    ("Neighbourhood planning", "/neighbourhood-planning/"),
    ("Toolkits", "/toolkits/"),
    ("Case studies", "/case-studies/"),
]


def test_resident_follows_the_navigation_to_each_section(demo_site, page):
    page.goto(demo_site.url)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Leicestershire")

    for title, path in SECTIONS:
        page.get_by_role("navigation", name="Menu").get_by_role("link", name=title).click()
        expect(page).to_have_url(demo_site.url + path)
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        expect(page.get_by_role("navigation", name="Menu").get_by_role("link", name=title)).to_have_attribute(
            "aria-current", "page"
        )


def test_resident_searches_from_the_header_box(demo_site, page):
    page.goto(demo_site.url + "/about-us/")

    page.get_by_label("Search this site").fill("neighbourhood planning")
    page.get_by_role("button", name="Search").first.click()

    expect(page).to_have_url(re.compile(r"/search/\?query=neighbourhood\+planning"))
    expect(page.get_by_role("heading", name=re.compile(r"results? for"))).to_be_visible()
    page.locator("main ol").get_by_role("link", name="Neighbourhood planning", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Neighbourhood planning")


def test_keyboard_user_skips_to_the_content_and_reaches_the_menu(demo_site, page):
    page.goto(demo_site.url)

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main-content$"))

    page.goto(demo_site.url)
    focused = []
    for _ in range(6):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.textContent.trim()"))
    assert "Community managed libraries" in focused, focused


def test_accordion_section_opens_by_keyboard(demo_site, page):
    page.goto(demo_site.url + "/about-us/")
    section = page.locator(".lc-accordion details").first
    expect(section.locator(".govuk-details__text")).to_be_hidden()

    section.locator("summary").focus()
    page.keyboard.press("Enter")

    expect(section.locator(".govuk-details__text")).to_be_visible()


def test_printing_opens_every_accordion_section(demo_site, page):
    page.goto(demo_site.url + "/about-us/")

    page.emulate_media(media="print")

    for text in page.locator(".lc-accordion .govuk-details__text").all():
        expect(text).to_be_visible()


def test_pages_work_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    page.goto(demo_site.url + "/about-us/")
    expect(page.get_by_text("What we support", exact=False).first).to_be_visible()
    page.get_by_role("searchbox", name="Search this site").fill("libraries")
    page.get_by_role("button", name="Search").first.click()
    expect(page.get_by_role("heading", name=re.compile(r"results? for"))).to_be_visible()
    context.close()


def test_the_site_fits_a_phone_screen_without_sideways_scrolling(browser, demo_site):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()

    for path in ["/", "/about-us/", "/community-managed-libraries/"]:
        page.goto(demo_site.url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px on a 320px screen"
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/about-us/",
        "/accessibility-statement/",
        "/community-managed-libraries/",
        "/neighbourhood-planning/",
        "/toolkits/",
        "/case-studies/",
        "/search/?query=library",
        "/no-such-page/",
    ],
)
def test_public_pages_have_no_wcag_22_aa_violations(demo_site, page, axe_violations, path):
    page.goto(demo_site.url + path)

    assert axe_violations(page) == []

"""A resident reads the loneliness toolkit, finds befriending in their district and prints the toolkit."""

import re

import pytest
from playwright.sync_api import expect

from toolkits.factories import SupportServiceFactory

LONELINESS = "/toolkits/tackling-loneliness/"


def test_resident_finds_befriending_in_their_district_and_prints_the_toolkit(demo_site, page):
    SupportServiceFactory(
        name="Sileby befriending calls (test)", categories=["befriending"], districts=["charnwood"]
    )
    SupportServiceFactory(
        name="Melton befriending walks (test)", categories=["befriending"], districts=["melton"]
    )
    SupportServiceFactory(
        name="Sileby bereavement café (test)", categories=["bereavement"], districts=["charnwood"]
    )
    page.goto(demo_site.url + "/toolkits/")
    page.get_by_role("link", name="Tackling Loneliness in Leicestershire").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tackling Loneliness in Leicestershire")

    page.get_by_role("navigation", name="Contents").get_by_role("link", name="Local support").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Local support")

    page.get_by_label("District").select_option(label="Charnwood")
    page.get_by_label("Kind of support").select_option(label="Befriending")
    page.get_by_role("button", name="Show support").click()

    expect(page).to_have_url(re.compile(r"district=charnwood.*category=befriending"))
    results = page.locator(".lc-service-list__item")
    expect(results.filter(has_text="Sileby befriending calls (test)")).to_have_count(1)
    expect(results.filter(has_text="Melton befriending walks (test)")).to_have_count(0)
    expect(results.filter(has_text="Sileby bereavement café (test)")).to_have_count(0)

    page.get_by_role("link", name="View the whole toolkit on one page, to print or save").click()
    expect(page).to_have_url(demo_site.url + LONELINESS + "print/")
    chapters = page.locator(".lc-print-chapter > h2")
    expect(chapters).to_have_count(7)
    expect(chapters.first).to_have_text("1. Get help now")
    expect(chapters.last).to_have_text("7. Downloads")

    page.emulate_media(media="print")
    expect(page.locator(".lc-print-view__instructions")).to_be_hidden()
    expect(page.locator(".govuk-footer")).to_be_hidden()


def test_resident_reads_the_toolkit_chapter_by_chapter_by_keyboard(demo_site, page):
    page.goto(demo_site.url + LONELINESS + "get-help-now/")

    next_link = page.get_by_role("link", name=re.compile(r"^Next chapter"))
    next_link.focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Understanding loneliness")
    expect(page.get_by_role("link", name=re.compile(r"^Previous chapter"))).to_have_attribute(
        "href", LONELINESS + "get-help-now/"
    )


def test_the_support_filter_works_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    page.goto(demo_site.url + LONELINESS + "local-support/")
    page.get_by_label("District").select_option("melton")
    page.get_by_role("button", name="Show support").click()

    expect(page.locator("#support-results")).to_contain_text("in Melton")
    expect(
        page.locator(".lc-service-list__item").filter(has_text="Melton bereavement drop-in")
    ).to_have_count(1)
    context.close()


def test_resident_filters_case_studies_by_theme(demo_site, page):
    page.goto(demo_site.url + "/case-studies/")

    page.get_by_label("Theme").select_option(label="Dementia")
    page.get_by_role("button", name="Show case studies").click()

    expect(page.locator(".lc-case-study-list__item")).to_have_count(1)
    page.get_by_role("link", name="Market Harborough Dementia Café").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Market Harborough Dementia Café")
    page.get_by_role("link", name="Tackling Loneliness in Leicestershire: Getting involved").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Getting involved")


@pytest.mark.parametrize(
    "path",
    [
        "/toolkits/",
        LONELINESS,
        LONELINESS + "get-help-now/",
        LONELINESS + "local-support/?district=charnwood&category=befriending",
        LONELINESS + "looking-after-yourself/",
        LONELINESS + "print/",
        "/toolkits/community-engagement-toolkit/why-engage/",
        "/toolkits/community-engagement-toolkit/print/",
        "/case-studies/",
        "/case-studies/?theme=loneliness&district=melton",
        "/case-studies/market-harborough-dementia-cafe/",
        "/case-studies/rcc-rural-coffee-connect/",
        "/",
    ],
)
def test_toolkit_and_case_study_pages_have_no_wcag_22_aa_violations(demo_site, page, axe_violations, path):
    page.goto(demo_site.url + path)

    assert axe_violations(page) == []

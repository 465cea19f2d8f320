"""A resident checks a plan's referendum date; a visitor joins the Neighbourhood Planning Network."""

import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from home.dates import local_now
from home.models import NetworkMember
from neighbourhood.factories import NeighbourhoodPlanPageFactory, milestone


def test_resident_filters_to_harborough_opens_a_group_and_reads_the_referendum_date(demo_site, page):
    referendum = local_now().date() + timedelta(days=40)
    NeighbourhoodPlanPageFactory(
        area_name="Quenby (test)",
        district="harborough",
        milestones=[
            milestone("designated", "2024-01-08"),
            milestone("examination", "2025-03-03", "2025-05-30"),
            milestone("referendum", referendum.isoformat()),
        ],
    )
    NeighbourhoodPlanPageFactory(area_name="Rothley Test", district="charnwood")
    page.goto(demo_site.url + "/neighbourhood-planning/")

    page.get_by_label("District").select_option(label="Harborough")
    page.get_by_role("button", name="Show plans").click()

    table = page.locator("#status-table tbody")
    expect(table).to_contain_text("Quenby (test)")
    expect(table).not_to_contain_text("Rothley Test")
    expect(table).not_to_contain_text("Charnwood")
    table.get_by_role("link", name="Quenby (test)").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Quenby (test) Neighbourhood Plan")
    expect(page.locator("#referendum + p")).to_have_text(
        f"The referendum will be held on {referendum:%A} {referendum.day} {referendum:%B %Y}."
    )


def test_visitor_signs_up_to_the_network_and_is_asked_to_check_their_email(demo_site, page):
    page.goto(demo_site.url + "/neighbourhood-planning/join-the-network/")

    page.get_by_label("Your name").fill("Ada Example")
    page.get_by_label("Email address").fill("ada@example.org")
    page.get_by_label("Your town, village or parish (optional)").fill("Anstey")
    page.get_by_label(re.compile("I agree that the Communities Team may email me")).check()
    page.wait_for_timeout(3200)  # a person takes a few seconds; faster sign-ups are treated as spam
    page.get_by_role("button", name="Join the network").click()

    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    assert NetworkMember.objects.unconfirmed().filter(email="ada@example.org").exists()


def test_a_mistake_in_the_form_is_explained_and_focusable(demo_site, page):
    page.goto(demo_site.url + "/neighbourhood-planning/join-the-network/")

    page.get_by_label("Your name").fill("Ada Example")
    page.get_by_role("button", name="Join the network").click()

    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Enter your email address")
    summary.get_by_role("link", name="Enter your email address").click()
    expect(page.get_by_label("Email address")).to_be_focused()
    expect(page.get_by_label("Your name")).to_have_value("Ada Example")


@pytest.mark.parametrize(
    "path",
    [
        "/neighbourhood-planning/",
        "/neighbourhood-planning/?district=harborough&sort=stage&order=desc",
        "/neighbourhood-planning/thornby-cross-neighbourhood-plan-example/",
        "/neighbourhood-planning/kings-harrow-neighbourhood-plan-example/",
        "/neighbourhood-planning/join-the-network/",
    ],
)
def test_neighbourhood_pages_have_no_wcag_22_aa_violations(demo_site, page, axe_violations, path):
    page.goto(demo_site.url + path)

    assert axe_violations(page) == []

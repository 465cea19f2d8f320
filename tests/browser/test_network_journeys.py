"""A visitor joins the Communities Network and confirms by the link in the email; every step of the
sign-up is accessible and fits a 320px screen."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from home.models import NetworkMember

SIGNUP = "/join-the-communities-network/"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def join(page, site_url):
    page.goto(site_url + SIGNUP)
    page.get_by_label("Your name").fill("Ada Example")
    page.get_by_label("Email address").fill("ada@example.org")
    page.get_by_label("Your town, village or parish (optional)").fill("Anstey")
    page.get_by_label("Community managed libraries").check()
    page.get_by_label(re.compile("I agree that the Communities Team may email me")).check()
    page.wait_for_timeout(3200)  # a person takes a few seconds; faster sign-ups are treated as spam
    page.get_by_role("button", name="Join the network").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    (message,) = mail.outbox
    return re.search(r"http://\S+/confirm/\S+", message.body)[0]


def test_visitor_joins_the_communities_network_and_confirms_by_the_emailed_link(demo_site, page):
    link = join(page, demo_site.url)
    assert not NetworkMember.objects.confirmed().exists()

    page.goto(demo_site.url + urlsplit(link).path)  # the email names the Site; tests serve elsewhere
    page.get_by_role("button", name="Confirm").click()

    expect(page.get_by_role("heading", name="Thank you for joining")).to_be_visible()
    expect(page.get_by_text("You are a member of the Communities Network")).to_be_visible()
    member = NetworkMember.objects.confirmed().get()
    assert (member.email, member.interests) == ("ada@example.org", "Community managed libraries")


def test_every_step_of_joining_is_accessible_and_fits_a_phone(browser, demo_site, axe_violations):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()

    def check(step):
        assert axe_violations(page) == [], step
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{step} scrolls sideways by {overflow}px on a 320px screen"

    page.goto(demo_site.url + SIGNUP)
    page.get_by_role("button", name="Join the network").click()  # empty: the errors
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    check("form with errors")
    link = join(page, demo_site.url)
    check("check your email")
    page.goto(demo_site.url + urlsplit(link).path)  # the email names the Site; tests serve elsewhere
    check("confirm")
    page.get_by_role("button", name="Confirm").click()
    check("joined")
    context.close()

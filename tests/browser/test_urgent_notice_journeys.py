"""A library's volunteer posts a closure notice in the admin and sees it at once on the public finder."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from libraries.factories import published_library

pytestmark = pytest.mark.browser

PASSWORD = "a-long-password"


@pytest.fixture
def riverside(db):
    return published_library(title="Riverside Library", town="Riverside")


@pytest.fixture
def volunteer(django_user_model, riverside):
    user = django_user_model.objects.create_user("riverside-volunteer", "riley@example.org.uk", PASSWORD)
    user.groups.add(riverside.volunteer_team.group)
    return user


def sign_in(page, site, username):
    page.goto(site.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_a_volunteer_posts_a_closure_notice_and_sees_it_on_the_finder(
    demo_site, page, browser, riverside, volunteer, axe_violations
):
    sign_in(page, demo_site, volunteer.username)
    page.get_by_role("link", name="Urgent notices").click()
    page.get_by_role("link", name="Add urgent notice").click()
    expect(page.get_by_label("Library")).to_have_value(str(riverside.pk))  # their only library
    assert axe_violations(page) == []

    page.get_by_label("Message").fill("Closed today: heating failure")
    page.get_by_label("Show until").fill(
        (timezone.localtime() + timedelta(hours=3)).strftime("%Y-%m-%d %H:%M")
    )
    page.get_by_role("button", name="Create").click()
    expect(page.get_by_text("Closed today: heating failure").first).to_be_visible()

    public = browser.new_page()
    public.goto(demo_site.url + "/community-managed-libraries/")
    listing = public.locator(
        ".lc-library-list__item", has=public.get_by_role("link", name="Riverside Library")
    )
    expect(listing).to_contain_text("Closed now. Closed today: heating failure")

    listing.get_by_role("link", name="Riverside Library").click()
    expect(public.get_by_role("region", name="Notice from the library")).to_contain_text(
        "Closed today: heating failure"
    )
    assert axe_violations(public) == []
    public.set_viewport_size({"width": 320, "height": 800})
    assert public.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    public.close()

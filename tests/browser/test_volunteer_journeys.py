"""A volunteer updates their library's hours and submits them; a moderator approves; the public sees them."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from home.volunteers.roles import MODERATORS_GROUP_NAME
from libraries.factories import published_library

pytestmark = pytest.mark.browser

PASSWORD = "a-long-password"


@pytest.fixture
def riverside(db):
    return published_library(title="Riverside Library", town="Riverside")


@pytest.fixture
def make_user(django_user_model):
    def make(username, group):
        user = django_user_model.objects.create_user(username, f"{username}@example.org.uk", PASSWORD)
        user.groups.add(group)
        return user

    return make


def sign_in(browser, site, username):
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(10_000)
    page.goto(site.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    return page


def test_new_opening_hours_go_live_once_a_moderator_approves(demo_site, browser, riverside, make_user):
    make_user("riverside-volunteer", riverside.volunteer_team.group)
    make_user("moderator", Group.objects.get(name=MODERATORS_GROUP_NAME))

    volunteer = sign_in(browser, demo_site, "riverside-volunteer")
    volunteer.get_by_role("region", name="Your pages").get_by_role(
        "link", name=f"Edit {riverside.title}"
    ).click()
    volunteer.get_by_role("tab", name="Visiting").click()
    volunteer.locator('input[name^="opening_sessions-"][name$="-closes"][value="12:30"]').fill("13:15")
    volunteer.get_by_role("button", name="More actions").click()
    volunteer.get_by_role("button", name="Submit to Communities Team review").click()
    expect(volunteer.get_by_text("has been submitted for moderation")).to_be_visible()

    public = browser.new_page()
    public.goto(demo_site.url + riverside.url)
    expect(public.get_by_text("09:30 to 12:30")).to_be_visible()  # unchanged until approved

    moderator = sign_in(browser, demo_site, "moderator")
    awaiting_review = moderator.locator(
        "section", has=moderator.get_by_role("heading", name="Awaiting your review")
    )
    expect(awaiting_review.get_by_text(riverside.title).first).to_be_visible()
    moderator.goto(f"{demo_site.url}/admin/pages/{riverside.pk}/edit/")
    moderator.get_by_role("button", name="More actions").click()
    moderator.get_by_role("button", name=re.compile(r"^Approve")).first.click()
    expect(moderator.get_by_role("heading", name="Exploring: Community managed libraries")).to_be_visible()

    public.reload()
    expect(public.get_by_text("09:30 to 13:15")).to_be_visible()


def test_another_librarys_volunteer_cannot_open_the_editor_by_typing_its_address(
    demo_site, browser, riverside, make_user
):
    millbrook = published_library(title="Millbrook Library", town="Millbrook")
    make_user("millbrook-volunteer", millbrook.volunteer_team.group)

    intruder = sign_in(browser, demo_site, "millbrook-volunteer")
    response = intruder.goto(f"{demo_site.url}/admin/pages/{riverside.pk}/edit/")

    assert response.status == 403 or "/edit/" not in intruder.url
    expect(intruder.get_by_role("tab", name="Visiting")).to_have_count(0)
    expect(intruder.get_by_text("Sorry, you do not have permission")).to_be_visible()

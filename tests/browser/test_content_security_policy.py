"""The Content-Security-Policy in a real browser: public pages, the library map, the admin editor with its
map, choosers and live preview all work, and Chromium reports no script, style or image it refused."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from libraries.factories import published_library
from libraries.models import LibraryIndexPage

pytestmark = pytest.mark.browser

PASSWORD = "a-long-password"


def watch_for_refusals(page):
    """Chromium's console reports for anything the policy refused, in the page or its frames."""
    refused = []
    page.on(
        "console",
        lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None,
    )
    return refused


@pytest.fixture
def riverside(db):
    return published_library(title="Riverside Library", town="Riverside")


def test_public_pages_and_the_library_map_work_under_the_policy(demo_site, page, riverside):
    refused = watch_for_refusals(page)

    page.goto(demo_site.url + "/")
    expect(page.locator("body.js-enabled")).to_have_count(1)  # the inline script, allowed by its hash, ran
    page.goto(demo_site.url + LibraryIndexPage.objects.get().url)
    page.get_by_role("button", name="Show on a map").click()
    expect(page.locator("#library-map.leaflet-container")).to_be_visible()
    page.goto(demo_site.url + "/search/?query=library")
    page.goto(demo_site.url + riverside.url)
    page.get_by_role("combobox").first.fill("libr")
    expect(page.get_by_role("option").first).to_be_visible()

    assert refused == []


def test_the_admin_editor_map_chooser_and_preview_work_under_the_policy(demo_site, page, riverside):
    get_user_model().objects.create_superuser("csp-admin", "csp-admin@example.org.uk", PASSWORD)
    refused = watch_for_refusals(page)
    page.goto(demo_site.url + "/admin/login/")
    page.get_by_label("Username").fill("csp-admin")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    page.goto(f"{demo_site.url}/admin/pages/{riverside.pk}/edit/")
    page.get_by_role("tab", name="Visiting").click()
    expect(page.locator(".library-location-map.leaflet-container")).to_be_visible()
    page.get_by_role("tab", name="Content").click()
    page.get_by_role("button", name="Insert a block").first.click()  # a photo: one block type, added at once
    page.get_by_role("button", name="Choose an image").first.click()
    expect(page.locator(".modal-content").get_by_role("heading", name="Choose an image")).to_be_visible()
    page.locator(".modal-content").get_by_role("button", name="Close").click()
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.get_by_role("heading", name=riverside.title, level=1)).to_be_visible()

    assert refused == []

"""Each kind of page on a small phone and with assistive technology: nothing scrolls sideways, axe-core
finds no WCAG 2.2 AA failure, no id is used twice, and the browser asks no one but this site for anything."""

from urllib.parse import urlsplit

import pytest

from tests.browser.public_views import public_view_names, public_view_paths

pytestmark = pytest.mark.browser

PHONE_WIDTHS = [320, 390]


@pytest.fixture
def phone(browser, request):
    context = browser.new_context(viewport={"width": request.param, "height": 700})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def visit(page, site, path):
    response = page.goto(site.url + path)
    page.wait_for_load_state("networkidle")
    return response


@pytest.mark.parametrize("phone", PHONE_WIDTHS, indirect=True, ids=lambda width: f"{width}px")
@pytest.mark.parametrize("view", public_view_names())
def test_no_view_scrolls_sideways_on_a_phone(demo_site, phone, view):
    for path in public_view_paths(view):
        visit(phone, demo_site, path)

        overflow = phone.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
        # Anything wider than the screen must be inside a region that scrolls on its own, not cut off.
        clipped = phone.evaluate(
            """() => [...document.querySelectorAll('main *')].filter((element) => {
                const box = element.getBoundingClientRect();
                if (box.width === 0 || box.right <= document.documentElement.clientWidth + 1) return false;
                for (let parent = element.parentElement; parent; parent = parent.parentElement) {
                    if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return false;
                }
                return true;
            }).map((element) => element.outerHTML.slice(0, 120))"""
        )
        assert clipped == [], f"{path}: cut off at the right edge"


@pytest.mark.parametrize("phone", [320], indirect=True, ids=lambda width: f"{width}px")
@pytest.mark.parametrize("view", public_view_names())
def test_no_view_has_wcag_22_aa_failures_on_a_phone(demo_site, phone, axe_violations, view):
    for path in public_view_paths(view):
        visit(phone, demo_site, path)

        assert axe_violations(phone) == [], path


@pytest.mark.parametrize("view", public_view_names())
def test_no_view_uses_an_id_twice(demo_site, page, view):
    for path in public_view_paths(view):
        visit(page, demo_site, path)

        repeated = page.evaluate(
            """() => {
                const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
                return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
            }"""
        )
        assert repeated == [], f"{path} repeats ids"


def third_party_requests(page, site):
    """Every request the page makes to anyone but this site. (Map tiles come from the tile server
    the council configures, and only once a resident asks for a map: see test_library_journeys.)"""
    allowed = {urlsplit(site.url).netloc}
    elsewhere = []
    page.on(
        "request",
        lambda request: (
            None
            if urlsplit(request.url).netloc in allowed or request.url.startswith("data:")
            else elsewhere.append(request.url)
        ),
    )
    return elsewhere


@pytest.mark.parametrize("view", public_view_names())
def test_no_view_sends_the_visitor_to_a_third_party(demo_site, page, view):
    elsewhere = third_party_requests(page, demo_site)

    for path in public_view_paths(view):
        visit(page, demo_site, path)

    assert elsewhere == []


@pytest.mark.parametrize("admin_path", ["/admin/", "/admin/pages/", "/admin/account/"])
def test_the_admin_sends_a_volunteers_details_to_no_third_party(
    demo_site, page, django_user_model, admin_path
):
    django_user_model.objects.create_superuser(
        "editor", "editor.with.an.avatar@example.org.uk", "a-long-password"
    )
    elsewhere = third_party_requests(page, demo_site)
    page.goto(demo_site.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-long-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(demo_site.url + "/admin/")

    visit(page, demo_site, admin_path)

    assert page.locator(".avatar img").count() > 0  # the avatar is drawn, from this site
    assert elsewhere == []

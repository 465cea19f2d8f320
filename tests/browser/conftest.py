"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright against Django's live server."""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import sync_playwright
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from home.demo.loader import load_demo_content
from home.models import HomePage

# Playwright's sync API runs an event loop in this thread; the ORM calls in these tests are ordinary
# synchronous set-up, so Django's async-safety guard does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}. Run `make test` (it installs Debian's chromium).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def demo_site(live_server, transactional_db):
    """The live server over the demo site.

    Browser tests run in real transactions and Django empties the database after each one, so the
    tree a fresh install has (root page, home page, Site) is rebuilt when missing and the real demo
    loader runs (it does nothing when the site is already there). The search index is rebuilt
    because the database backend's full-text table is not one Django empties.
    """
    ensure_fresh_install_tree()
    load_demo_content()
    call_command("update_index", verbosity=0)
    return live_server


def ensure_fresh_install_tree():
    if Site.objects.filter(is_default_site=True).exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code=get_supported_content_language_variant("en-gb"))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locale)
    home_page = HomePage(title="Leicestershire Communities", slug="home", hero_heading="Welcome")
    home = root.add_child(instance=home_page)
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)


@pytest.fixture
def axe_violations():
    """Run axe-core on the page and return its WCAG 2.2 A/AA violations, described for a person to read."""
    if not AXE_SCRIPT.exists():
        pytest.fail(f"axe-core not found at {AXE_SCRIPT}. Run `npm ci` (make test does).")

    def check(page):
        page.add_script_tag(path=str(AXE_SCRIPT))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            WCAG_22_AA_TAGS,
        )
        return [
            f"{violation['id']} ({violation['impact']}): {violation['help']} -> "
            + ", ".join(node["target"][0] for node in violation["nodes"][:5])
            for violation in result["violations"]
        ]

    return check

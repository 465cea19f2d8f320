"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright against a live server."""

import os
import shutil
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import ThreadedWSGIServer
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections
from django.test.testcases import LiveServerThread, _MediaFilesHandler
from playwright.sync_api import sync_playwright

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
        # Code running under Playwright gets its own context-local database connections from Django;
        # close them here, or the test database cannot be dropped at the end of the run.
        connections.close_all()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


class SharedConnectionWSGIServer(ThreadedWSGIServer):
    """Serves requests on the test's own database connection, and leaves it open between requests."""

    def _close_connections(self):
        pass


class OneRequestAtATime:
    """The requests a browser sends at once (a page, its images, its scripts) share one database
    connection here, and a connection must not be used by two threads at once: answer them in turn."""

    def __init__(self, app):
        self.app = app
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            response = self.app(environ, start_response)
            try:
                return [b"".join(response)]
            finally:
                if hasattr(response, "close"):
                    response.close()


class SharedConnectionLiveServer(LiveServerThread):
    server_class = SharedConnectionWSGIServer

    def run(self):
        for alias, conn in self.connections_override.items():
            connections[alias] = conn
        try:
            self.httpd = self._create_server(connections_override=self.connections_override)
            self.port = self.httpd.server_address[1]
            self.httpd.set_app(OneRequestAtATime(self.static_handler(_MediaFilesHandler(WSGIHandler()))))
            self.is_ready.set()
            self.httpd.serve_forever()
        except Exception as error:  # noqa: BLE001 - reported to the test below
            self.error = error
            self.is_ready.set()


@pytest.fixture
def demo_site(db):
    """A live server over the demo site, inside this test's transaction.

    The server thread uses the test's own database connection (as Django's LiveServerTestCase does
    for in-memory SQLite), so it sees the demo site and whatever the test adds, and everything is
    rolled back afterwards like any other test: no flush, nothing to rebuild.
    """
    shared = {conn.alias: conn for conn in connections.all()}
    for conn in shared.values():
        conn.inc_thread_sharing()
    # Django closes connections it thinks stale around each request, and a connection inside a
    # transaction looks stale; the test client switches this off for the same reason.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    server = SharedConnectionLiveServer("localhost", StaticFilesHandler, connections_override=shared, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield SimpleNamespace(url=f"http://localhost:{server.port}")
    server.terminate()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
    for conn in shared.values():
        conn.dec_thread_sharing()


@pytest.fixture
def axe_violations():
    """Run axe-core on the page and return its WCAG 2.2 A/AA violations, described for a person to read."""
    if not AXE_SCRIPT.exists():
        pytest.fail(f"axe-core not found at {AXE_SCRIPT}. Run `npm ci` (make test does).")

    def check(page):
        # Evaluated through the browser's devtools protocol: a <script> tag added to the page would be
        # refused by the site's Content-Security-Policy, as any script it does not allow by hash or nonce is.
        page.evaluate(AXE_SCRIPT.read_text())
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

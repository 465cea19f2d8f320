"""Search engines and link previews describe each page: the editor's search description when there is
one, otherwise the page's own summary or introduction, so no page goes without."""

import pytest
from bs4 import BeautifulSoup
from django.utils.text import Truncator

from home.models.base import META_DESCRIPTION_LENGTH
from tests.page_types import live_example, page_type_labels
from toolkits.models import SupportDirectoryPage, SupportService

pytestmark = pytest.mark.django_db


def meta_description(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    tags = BeautifulSoup(response.content, "html.parser").find_all("meta", attrs={"name": "description"})
    assert len(tags) <= 1, f"{page.url} has {len(tags)} meta descriptions"
    return tags[0]["content"] if tags else None


def rewrite(page, **fields):
    type(page).objects.filter(pk=page.pk).update(**fields)
    return type(page).objects.get(pk=page.pk)


@pytest.mark.parametrize("label", page_type_labels())
def test_every_page_type_in_the_demo_has_a_meta_description(client, label):
    description = meta_description(client, live_example(label))

    assert description, f"the demo {label} has no meta description"


@pytest.mark.parametrize("label", page_type_labels())
def test_the_search_description_is_used_when_the_editor_wrote_one(client, label):
    page = rewrite(live_example(label), search_description="Written for search engines.", summary="Other.")

    assert meta_description(client, page) == "Written for search engines."


@pytest.mark.parametrize("label", page_type_labels())
def test_the_summary_stands_in_when_there_is_no_search_description(client, label):
    page = rewrite(live_example(label), search_description="", summary="What this page is about.")

    assert meta_description(client, page) == "What this page is about."


@pytest.mark.parametrize("label", page_type_labels(with_field="intro"))
def test_the_introduction_stands_in_when_there_is_no_summary_either(client, label):
    page = rewrite(
        live_example(label),
        search_description="",
        summary="",
        intro="<p>Volunteers run <b>36</b> libraries &amp; more.</p><ul><li>Find one near you.</li></ul>",
    )

    assert meta_description(client, page) == "Volunteers run 36 libraries & more. Find one near you."


def test_a_long_introduction_is_cut_at_a_word_within_the_length_search_engines_show(client):
    words = "Community libraries open their doors to everyone in the county every week " * 6
    page = rewrite(live_example("libraries.LibraryIndexPage"), search_description="", summary="", intro=words)

    description = meta_description(client, page)

    assert 100 < len(description) <= 160
    assert description.endswith("…")
    assert words.startswith(description.removesuffix("…"))


@pytest.mark.parametrize("label", page_type_labels(with_field="body"))
def test_the_first_text_of_the_body_stands_in_on_pages_without_an_introduction(client, label):
    body = [
        {"type": "heading", "value": {"text": "Not this heading", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Open to <i>everyone</i>.</p>"},
    ]
    page = rewrite(live_example(label), search_description="", summary="", body=body)

    assert meta_description(client, page) == "Open to everyone."


def test_a_page_with_nothing_to_say_has_no_empty_meta_description(client):
    page = rewrite(live_example("home.StandardPage"), search_description="", summary="", body=[])

    assert meta_description(client, page) is None


@pytest.mark.parametrize("path", ["/search/", "/search/?query=library"])
def test_the_search_page_describes_itself(client, path):
    response = client.get(path)

    tag = BeautifulSoup(response.content, "html.parser").find("meta", attrs={"name": "description"})
    assert tag is not None and "Search" in tag["content"]


def test_a_support_service_is_described_by_its_own_description(client):
    service = SupportService.objects.live().exclude(description="").first()
    response = client.get(SupportDirectoryPage.objects.get().service_url(service))

    tag = BeautifulSoup(response.content, "html.parser").find("meta", attrs={"name": "description"})
    assert tag["content"] == Truncator(service.description).chars(META_DESCRIPTION_LENGTH)

"""A reader moves through a toolkit chapter by chapter, or prints the whole of it from one page."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from toolkits.factories import ToolkitChapterPageFactory
from toolkits.models import ToolkitChapterPage, ToolkitDownload

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def chapter(toolkit, title):
    return ToolkitChapterPage.objects.child_of(toolkit).get(title=title)


def test_chapters_follow_the_order_editors_set_in_the_explorer(client, make_toolkit):
    toolkit = make_toolkit(chapters=["First", "Second", "Third"])
    chapter(toolkit, "Third").move(chapter(toolkit, "First"), pos="left")

    contents = soup(client.get(toolkit.url)).select(".lc-toolkit-contents a")

    assert [link.get_text(strip=True) for link in contents] == ["Third", "First", "Second"]


def test_a_chapter_links_to_the_previous_and_next_chapters(client, make_toolkit):
    toolkit = make_toolkit(chapters=["First", "Second", "Third"])

    middle = soup(client.get(chapter(toolkit, "Second").url))
    first = soup(client.get(chapter(toolkit, "First").url))
    last = soup(client.get(chapter(toolkit, "Third").url))

    assert middle.select_one("a[rel=prev]")["href"] == chapter(toolkit, "First").url
    assert middle.select_one("a[rel=next]")["href"] == chapter(toolkit, "Third").url
    assert first.select_one("a[rel=prev]") is None
    assert first.select_one("a[rel=next]")["href"] == chapter(toolkit, "Second").url
    assert last.select_one("a[rel=next]") is None
    assert "chapter 2 of 3" in middle.select_one(".govuk-caption-l").get_text()


def test_the_contents_marks_the_chapter_being_read(client, make_toolkit):
    toolkit = make_toolkit(chapters=["First", "Second"])

    page = soup(client.get(chapter(toolkit, "Second").url))

    current = page.select(".lc-toolkit-contents a[aria-current=page]")
    assert [link.get_text(strip=True) for link in current] == ["Second"]


def test_unpublished_chapters_are_left_out_of_contents_and_navigation(client, make_toolkit):
    toolkit = make_toolkit(chapters=["First", "Draft", "Third"])
    chapter(toolkit, "Draft").unpublish()

    page = soup(client.get(chapter(toolkit, "First").url))

    assert [a.get_text(strip=True) for a in page.select(".lc-toolkit-contents a")] == ["First", "Third"]
    assert page.select_one("a[rel=next]")["href"] == chapter(toolkit, "Third").url


def test_on_this_page_links_to_each_main_heading_of_the_chapter(client, make_toolkit):
    body = [
        ("heading", {"text": "Who can help", "level": "h2"}),
        ("paragraph", "<p>Text.</p>"),
        ("heading", {"text": "A detail", "level": "h3"}),
        ("checklist", {"heading": "Things to try", "introduction": "", "items": ["Call a friend"]}),
    ]
    toolkit = make_toolkit(chapters=["Help"], chapter_bodies={"Help": body})

    page = soup(client.get(chapter(toolkit, "Help").url))

    links = [(a.get_text(strip=True), a["href"]) for a in page.select(".lc-on-this-page a")]
    assert links == [("Who can help", "#who-can-help"), ("Things to try", "#things-to-try")]
    for _, anchor in links:
        assert page.select_one(anchor) is not None, anchor


def test_print_view_contains_every_chapter_in_order(client, make_toolkit):
    bodies = {title: [("paragraph", f"<p>Text of {title}.</p>")] for title in ("One", "Two", "Three")}
    toolkit = make_toolkit(chapters=["One", "Two", "Three"], chapter_bodies=bodies)

    page = soup(client.get(toolkit.url + "print/"))

    headings = [h.get_text(strip=True) for h in page.select(".lc-print-chapter > h2")]
    assert headings == ["1. One", "2. Two", "3. Three"]
    text = page.get_text()
    assert text.index("Text of One.") < text.index("Text of Two.") < text.index("Text of Three.")
    assert page.select_one("meta[name=robots]") is None  # the whole toolkit on one page may be found too


def test_print_view_moves_chapter_headings_down_a_level_and_keeps_ids_unique(client, make_toolkit):
    body = [("heading", {"text": "Next steps", "level": "h2"})]
    toolkit = make_toolkit(chapters=["One", "Two"], chapter_bodies={"One": body, "Two": body})

    page = soup(client.get(toolkit.url + "print/"))

    assert [h.name for h in page.select(".lc-print-chapter h3")] == ["h3", "h3"]
    ids = [tag["id"] for tag in page.select("[id]")]
    assert len(ids) == len(set(ids))


def test_every_chapter_and_the_toolkit_link_to_the_print_view(client, make_toolkit):
    toolkit = make_toolkit(chapters=["One", "Two"])
    print_url = toolkit.url + "print/"

    for url in (toolkit.url, chapter(toolkit, "One").url, chapter(toolkit, "Two").url):
        assert soup(client.get(url)).select(f'a[href="{print_url}"]'), url


def test_a_new_chapter_appears_in_the_print_view_at_the_end(client, make_toolkit):
    toolkit = make_toolkit(chapters=["One"])
    ToolkitChapterPageFactory(parent=toolkit, title="Added later")

    page = soup(client.get(toolkit.url + "print/"))

    assert [h.get_text(strip=True) for h in page.select(".lc-print-chapter > h2")] == [
        "1. One",
        "2. Added later",
    ]


def test_toolkit_downloads_show_file_type_and_size(client, make_toolkit):
    document = get_document_model()(title="The booklet")
    document.file.save("booklet.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2048), save=False)
    document.save()
    toolkit = make_toolkit(chapters=["One"])
    ToolkitDownload.objects.create(page=toolkit, document=document, sort_order=0)

    item = soup(client.get(toolkit.url)).select_one(".lc-download-list__item")

    assert item.select_one("a").get_text(strip=True) == "The booklet"
    assert item.select_one(".lc-download-list__meta").get_text(strip=True) == "PDF, 2.0\xa0KB"


def test_a_toolkit_without_chapters_still_renders(client, make_toolkit):
    toolkit = make_toolkit()

    page = soup(client.get(toolkit.url))

    assert page.select_one("h1").get_text(strip=True) == toolkit.title
    assert not page.select(".govuk-button--start")

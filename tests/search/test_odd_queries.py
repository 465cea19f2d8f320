"""Whatever is typed, the page answers normally and shows the text back safely."""

import pytest

from tests.search.conftest import soup

pytestmark = pytest.mark.django_db

ODD_QUERIES = [
    "",
    "   ",
    "x" * 5000,
    "library " * 700,
    '"unbalanced',
    '"dementia café',
    '""',
    "!!!",
    "?*&^%$#@~",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "NEAR(a b) AND OR NOT *",
    "a:b title:library",
    "\x00\x1f control",
    "🙂 emoji",
    "ÇAFÉ",
]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_answer_normally_and_are_escaped(client, query):
    response = client.get("/search/", {"query": query})

    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "<img src=x" not in body


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_get_suggestions_or_none(client, query):
    response = client.get("/search/suggestions/", {"query": query})

    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


def test_a_very_long_query_is_cut_to_a_readable_length(client):
    response = client.get("/search/", {"query": "library " * 700})

    shown = soup(response).find("input", id="search-query")["value"]
    assert len(shown) <= 200
    assert shown.startswith("library library")


def test_html_typed_in_the_box_is_shown_as_text(client):
    response = client.get("/search/", {"query": "<b>qqqzzxj</b>"})

    assert soup(response).find("input", id="search-query")["value"] == "<b>qqqzzxj</b>"
    assert "&lt;b&gt;qqqzzxj&lt;/b&gt;" in response.content.decode()


@pytest.mark.parametrize("typed", ["библиотека", "مكتبة", "पुस्तकालय", "图书馆", "ਲਾਇਬ੍ਰੇਰੀ", "Βιβλιοθήκη"])
def test_a_search_in_another_script_gets_a_plain_english_note_pointing_to_help(client, typed):
    from tests.search.conftest import soup

    page = soup(client.get("/search/", {"query": typed}))
    note = page.select_one("[data-other-script-note]")

    assert note is not None
    assert "written in English" in note.get_text()
    assert note.select_one("a[href]") is not None


@pytest.mark.parametrize("typed", ["library", "café", "Zoë's group", "naïve", "lonely 😊"])
def test_latin_searches_with_accents_or_emoji_get_no_other_script_note(client, typed):
    from tests.search.conftest import soup

    assert soup(client.get("/search/", {"query": typed})).select_one("[data-other-script-note]") is None

"""Misspellings on Wagtail's database backends: the closest words on the site are searched instead.

The engine matches misspelt words itself (tests/search_es); here the suggestion is drawn from every
word residents can find on the site: live, public pages' indexed text, services, places, synonyms.
"""

import pytest
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from search.spelling import closest_word
from tests.search.conftest import result_titles, soup

pytestmark = pytest.mark.django_db


def heading(response):
    return soup(response).find(id="results-heading").get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("typed", "searched", "expected"),
    [
        ("befreinding", "befriending", "Walk and talk befriending group (example)"),  # letters swapped
        ("lonley", "lonely", "Understanding loneliness"),  # letters swapped
        ("bereavment", "bereavement", "Melton bereavement drop-in (example)"),  # a letter missing
        ("Libary", "library", "Community managed libraries"),  # a letter missing, capital
    ],
)
def test_a_misspelt_search_shows_the_results_for_the_closest_words(client, typed, searched, expected):
    response = client.get("/search/", {"query": typed})

    assert expected in result_titles(response)
    # PostgreSQL's stemming finds some misspellings as typed ("bereavment" and "bereavement" share a
    # stem); otherwise the closest words were searched, and the page says so.
    corrected = f"Nothing matched “{typed}”" in soup(response).get_text(" ", strip=True)
    assert corrected == heading(response).endswith(f"for “{searched}”")
    assert corrected or heading(response).endswith(f"for “{typed}”")


def test_a_word_only_in_a_pages_text_is_corrected_to(client, home_page):
    StandardPageFactory(parent=home_page, title="Music in the park", summary="Meet our xylophonist.")

    response = client.get("/search/", {"query": "xylophonsit"})

    assert result_titles(response) == ["Music in the park"]


def test_words_of_drafts_and_private_pages_are_never_suggested(client, home_page):
    StandardPageFactory(parent=home_page, title="Draft", summary="Zymurgical plans.", live=False)
    private = StandardPageFactory(parent=home_page, title="Private", summary="Quarrelsomely private.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    for typed, secret in [("zymurgicel", "zymurgical"), ("quarrelsomly", "quarrelsomely")]:
        response = client.get("/search/", {"query": typed})

        assert heading(response).startswith("0 results")
        assert secret not in response.content.decode().lower()


def test_a_word_like_nothing_on_the_site_gets_no_suggestion(client):
    response = client.get("/search/", {"query": "qqqzzxj"})

    assert heading(response) == "0 results for “qqqzzxj”"
    assert "Did you mean" not in response.content.decode()


def test_the_misspelling_is_shown_back_as_text_and_kept_for_the_team(client):
    from search.models import UnansweredSearch

    response = client.get("/search/", {"query": "<b>befreinding</b>"})

    assert "Nothing matched “&lt;b&gt;befreinding&lt;/b&gt;”" in response.content.decode()
    assert result_titles(response)
    assert UnansweredSearch.objects.filter(query_string="<b>befreinding</b>").exists()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("loughbrough library", "Zanzibar Loughborough Library"),  # the misspelt word is the one that matters
        ("library loughbrough", "Zanzibar Loughborough Library"),  # wherever it comes
    ],
)
def test_a_misspelt_word_beside_words_that_match_is_searched_as_the_closest_word_too(client, typed, expected):
    from libraries.factories import CommunityLibraryPageFactory

    CommunityLibraryPageFactory(title="Zanzibar Loughborough Library", town="Loughborough")

    response = client.get("/search/", {"query": typed})

    assert result_titles(response)[0] == expected
    assert heading(response).endswith(f"for “{typed}”")  # what was typed is still what was searched


def test_a_word_known_on_the_site_is_not_widened(client):
    from search.engine import widened_with_close_words
    from search.query import parse

    assert widened_with_close_words(parse("library befriending")) == parse("library befriending")


@pytest.mark.parametrize(
    ("typed", "closest"),
    [
        ("lonly", "lonely"),  # five letters: one letter off is corrected
        ("lobrory", "library"),  # six letters or more: two letters off
        ("lonley", "lonely"),  # two letters swapped count as one change
    ],
)
def test_words_within_the_edits_allowed_for_their_length_are_corrected(typed, closest):
    assert closest_word(typed, {"library": 3, "lonely": 2, "lively": 1}) == closest


@pytest.mark.parametrize(
    "typed",
    [
        "cope",  # four letters: too many words are one letter away to choose
        "lybbrry",  # seven letters, three changes
        "lbry",  # too short
    ],
)
def test_words_further_off_or_too_short_are_left_alone(typed):
    assert closest_word(typed, {"library": 3, "copies": 5, "code": 1, "copy": 1}) is None


def test_of_words_equally_close_the_commoner_on_the_site_wins():
    assert closest_word("hamlet", {"hamlets": 1, "camlet": 9}) == "camlet"
    assert closest_word("hamlet", {"hamlets": 9, "camlet": 1}) == "hamlets"


def test_what_was_typed_is_kept_around_the_corrected_word(client, home_page):
    StandardPageFactory(parent=home_page, title="Music in the park", summary="Meet our xylophonist.")

    response = client.get("/search/", {"query": "Xylophonsit's?"})

    assert heading(response).endswith("for “xylophonist's?”")


@pytest.mark.parametrize(
    ("typed", "other_word"),
    [
        ("Syston", "sutton"),  # two letters off
        ("scouts", "counts"),  # two letters off
        ("funeral costs", "general"),  # two letters off
        ("knit and natter", "matter"),  # one letter off, but the first
    ],
)
def test_real_words_not_on_the_site_are_never_searched_as_other_words(client, typed, other_word):
    response = client.get("/search/", {"query": typed})

    assert other_word not in heading(response)
    assert f"for “{other_word}" not in response.content.decode()


def test_a_page_unpublished_stops_lending_its_words_at_once(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Quenbyhallow fete", summary="At Quenbyhallow.")
    assert "Quenbyhallow fete" in result_titles(client.get("/search/", {"query": "quenbyhalow"}))

    page.unpublish()

    response = client.get("/search/", {"query": "quenbyhalow"})
    assert "quenbyhallow" not in response.content.decode().lower()


def test_county_places_are_in_the_word_list_even_where_no_page_names_them(monkeypatch):
    from search import spelling

    monkeypatch.setattr(spelling, "uses_database_index", lambda: False)  # as with an engine

    vocabulary = spelling.site_vocabulary()

    assert {"quorn", "shepshed", "lutterworth", "asfordby", "loughborough"} <= vocabulary.keys()

"""How typed text becomes a query: quotes, odd characters, accents and synonyms."""

import pytest
from wagtail.search.query import Or, PlainText

from search.query import MAX_FUZZY_WORD_LENGTH, MAX_QUERY_LENGTH, MAX_TERMS, Synonyms, parse

NO_SYNONYMS = []


def test_quoted_words_become_a_phrase_and_the_rest_stay_words():
    query = parse('"dementia café" Harborough', NO_SYNONYMS)

    assert query.phrases == ("dementia café",)
    assert query.terms == ("harborough",)


@pytest.mark.parametrize("text", ['"unbalanced quote', 'unbalanced quote"', "“curly” quote"])
def test_unbalanced_and_curly_quotes_never_break_the_query(text):
    query = parse(text, NO_SYNONYMS)

    assert "quote" in query.terms
    assert not query.is_empty


def test_only_punctuation_is_an_empty_query():
    assert parse("?!*()[]{}<>\"'", NO_SYNONYMS).is_empty


def test_words_are_matched_with_and_without_accents_and_in_lower_case():
    query = parse("Café RÉSUMÉ", NO_SYNONYMS)

    assert query.terms == ("café", "résumé")
    assert set(query.extra_terms) == {"cafe", "resume"}


def test_long_queries_are_capped():
    query = parse(" ".join(f"word{n}" for n in range(500)), NO_SYNONYMS)

    assert len(query.text) <= MAX_QUERY_LENGTH
    assert len(query.terms) <= MAX_TERMS


def test_words_like_near_and_with_are_ignored_unless_they_are_all_there_is():
    assert parse("library near Coalville with a cafe", NO_SYNONYMS).terms == ("library", "coalville", "cafe")
    assert parse("the", NO_SYNONYMS).terms == ("the",)


def test_synonyms_add_the_other_words_of_their_group():
    groups = [["lonely", "loneliness", "isolation"], ["np", "neighbourhood plan"]]

    assert parse("Lonely", groups).extra_terms == ("loneliness", "isolation")
    assert parse("NP Millbrook", groups).extra_terms == ("neighbourhood plan",)
    assert parse("neighbourhood plan", groups).extra_terms == ("np",)


def test_a_quoted_phrase_is_not_widened_by_synonyms():
    query = parse('"lonely hearts"', [["lonely", "loneliness"]])

    assert query.extra_terms == ()


def test_spelling_is_forgiven_for_words_up_to_the_longest_a_resident_would_type():
    longest, too_long = "a" * MAX_FUZZY_WORD_LENGTH, "b" * (MAX_FUZZY_WORD_LENGTH + 1)

    query = parse(f"lonley {longest} {too_long}", NO_SYNONYMS)

    assert query.misspellable_terms == ("lonley", longest)
    assert query.fuzzy_query().query_string == f"lonley {longest}"
    assert parse(too_long, NO_SYNONYMS).misspellable_terms == ()


def test_a_query_of_several_words_also_asks_for_all_of_them_first():
    several, one = parse("befriending Melton", NO_SYNONYMS), parse("befriending", NO_SYNONYMS)

    assert isinstance(several.backend_query(), Or)
    assert several.backend_query().subqueries[0].operator == "and"
    assert isinstance(one.backend_query(), PlainText)


def test_a_one_way_synonym_widens_only_from_its_first_word():
    groups = [Synonyms.one_way(["grief", "bereavement", "loss"])]

    assert parse("grief", groups).extra_terms == ("bereavement", "loss")
    assert parse("bereavement", groups).extra_terms == ()
    assert parse("loss", groups).extra_terms == ()


@pytest.mark.parametrize(
    ("typed", "terms"),
    [
        ("alzheimer's", ("alzheimer",)),  # the s of a possessive is not a word to search for
        ("Alzheimer’s society", ("alzheimer", "society")),  # with a curly apostrophe too
        ("I can't cope", ("cope",)),  # nor the t of can't
        ("Plan B", ("plan", "b")),  # a letter on its own is
        ("vitamin d", ("vitamin", "d")),
        ("Type 2 diabetes", ("type", "2", "diabetes")),
    ],
)
def test_the_endings_of_possessives_and_contractions_are_not_searched_for(typed, terms):
    assert parse(typed, NO_SYNONYMS).terms == terms

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


# Boundaries of parsing, on both sides.


def test_the_twelfth_word_is_kept_and_the_thirteenth_dropped():
    typed = " ".join(f"word{chr(97 + n)}" for n in range(MAX_TERMS + 1))  # worda ... wordm

    query = parse(typed, synonym_groups=[])

    assert len(query.terms) == MAX_TERMS
    assert query.terms[-1] == f"word{chr(97 + MAX_TERMS - 1)}"
    assert f"word{chr(97 + MAX_TERMS)}" not in query.terms


def test_the_longest_query_is_kept_whole_and_one_character_more_is_cut():
    longest = "a" * (MAX_QUERY_LENGTH - 5) + " word"
    assert parse(longest, synonym_groups=[]).text == longest
    assert parse(longest + "s", synonym_groups=[]).text == longest


def test_a_phrase_with_loose_words_keeps_both():
    query = parse('"book club" Loughborough', synonym_groups=[])

    assert query.phrases == ("book club",)
    assert query.terms == ("loughborough",)


def test_a_single_quoted_word_is_a_word_not_a_phrase():
    query = parse('"lonely"', synonym_groups=[])

    assert (query.terms, query.phrases) == (("lonely",), ())


def test_the_third_phrase_is_kept_and_the_fourth_dropped():
    query = parse('"a b" "c d" "e f" "g h"', synonym_groups=[])

    assert query.phrases == ("a b", "c d", "e f")


@pytest.mark.parametrize(
    ("typed", "searched"),
    [("about us", {"about"}), ("the library", {"library", "the"}), ("a cafe", {"cafe", "a"})],
)
def test_a_short_page_name_keeps_its_little_words(typed, searched):
    assert set(parse(typed, synonym_groups=[]).all_terms) == searched


@pytest.mark.parametrize("typed", ["about us", "contact us", "can you help", "our libraries"])
def test_words_for_the_site_or_the_reader_are_never_searched(typed):
    assert not {"us", "you", "our"} & set(parse(typed, synonym_groups=[]).all_terms)


def test_little_words_are_not_searched_in_a_longer_question():
    assert "how" not in parse("how can I volunteer", synonym_groups=[]).all_terms


@pytest.mark.parametrize(
    ("typed", "question"),
    [
        ("what is a neighbourhood plan", True),
        ("What's a neighbourhood plan", True),
        ("how do I volunteer", True),
        ("how can I start a group", True),
        ("neighbourhood plan", False),
        ("somewhat lonely", False),
        ("where is the library", False),  # a place, not an explanation, is wanted
    ],
)
def test_questions_asking_for_an_explanation_are_recognised(typed, question):
    assert parse(typed, synonym_groups=[]).asks_for_explanation is question


@pytest.mark.parametrize(
    ("typed", "district"),
    [
        ("Coalville", "north west leicestershire"),
        ("library quorn", "charnwood"),
        ("Melton Mowbray", "melton"),
    ],
)
def test_a_town_or_village_named_also_searches_its_district(typed, district):
    assert parse(typed, synonym_groups=[]).district_phrases == (district,)


@pytest.mark.parametrize("typed", ["Leicester", "loneliness", "club", "Loughbrough"])
def test_words_that_are_not_county_towns_add_no_district(typed):
    assert parse(typed, synonym_groups=[]).district_phrases == ()


@pytest.mark.parametrize(
    ("typed", "district"),
    [
        ("LE12 9AB", "charnwood"),  # a full postcode
        ("le129ab", "charnwood"),  # typed without its space, in small letters
        ("library le67 3xx", "north west leicestershire"),  # with other words
        ("lunch club NG13 0AA", "melton"),  # a postcode district reaching beyond the county
    ],
)
def test_a_county_postcode_also_searches_its_district(typed, district):
    assert parse(typed, synonym_groups=[]).district_phrases == (district,)


@pytest.mark.parametrize(
    "typed",
    [
        "LE1 1AA",  # Leicester: a city outside the county's districts
        "CV9",  # a postcode district the county shares with its neighbours' districts
        "A12",  # postcode-shaped, but no postcode district of the county
        "SW1A 1AA",  # a real postcode far away
        "9AB",  # the second half alone
        "LE65",  # a postcode district alone is searched as typed: pages carrying it rank first
        "library LE12",
    ],
)
def test_postcode_districts_and_postcodes_outside_the_county_add_no_district(typed):
    assert parse(typed, synonym_groups=[]).district_phrases == ()


def test_a_district_named_is_searched_as_typed_not_added_again():
    assert parse("Charnwood libraries", synonym_groups=[]).district_phrases == ()


def test_a_synonym_trigger_may_contain_words_that_are_never_searched():
    query = parse("about us", synonym_groups=[Synonyms.one_way(["about us", "communities team"])])

    assert "communities team" in query.extra_terms
    assert "us" not in query.all_terms

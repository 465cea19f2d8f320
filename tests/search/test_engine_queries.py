"""The queries sent to a search engine (search/backends), checked without one: the engine suite runs
them for real, this catches a Wagtail upgrade that changes what they are built from."""

import pytest
from wagtail.models import Page
from wagtail.search.backends.opensearch3 import OpenSearch3SearchBackend as WagtailsOpenSearch3
from wagtail.search.query import MatchAll, Not, PlainText

from search.backends.elasticsearch9 import Elasticsearch9SearchBackend
from search.backends.opensearch3 import OpenSearch3SearchBackend
from search.query import parse

NO_SYNONYMS = []
BACKENDS = [OpenSearch3SearchBackend, Elasticsearch9SearchBackend]


def compiled(backend_class, query):
    backend = backend_class({"URLS": ["http://127.0.0.1:1"], "INDEX_PREFIX": "unused_"})
    compiler = backend.query_compiler_class(Page.objects.none(), query)
    return compiler.get_inner_query()


@pytest.mark.parametrize("backend_class", BACKENDS)
def test_words_are_scored_one_by_one_across_the_boosted_fields(backend_class):
    inner = compiled(backend_class, parse("befriending", NO_SYNONYMS).backend_query())

    assert inner["multi_match"]["type"] == "cross_fields"
    assert inner["multi_match"]["query"] == "befriending"
    assert any(field.startswith("_all_text_boost_") for field in inner["multi_match"]["fields"])


@pytest.mark.parametrize("backend_class", BACKENDS)
def test_every_word_and_any_word_add_up(backend_class):
    inner = compiled(backend_class, parse("befriending Melton", NO_SYNONYMS).backend_query())

    every_word, any_word = (clause["multi_match"] for clause in inner["bool"]["should"])
    assert (every_word["operator"], every_word["type"]) == ("and", "cross_fields")
    assert "operator" not in any_word


@pytest.mark.parametrize("backend_class", BACKENDS)
def test_misspellings_add_up_the_fields_scores(backend_class):
    inner = compiled(backend_class, parse("lonley", NO_SYNONYMS).fuzzy_query())

    assert (inner["multi_match"]["type"], inner["multi_match"]["fuzziness"]) == ("most_fields", "AUTO")


@pytest.mark.parametrize("query", [Not(PlainText("library")), MatchAll()])
def test_other_queries_are_left_as_wagtail_builds_them(query):
    assert compiled(OpenSearch3SearchBackend, query) == compiled(WagtailsOpenSearch3, query)

"""Wagtail's Elasticsearch and OpenSearch backends, scoring each word searched for on its own.

Wagtail copies each boosted field into a field of its own (`_all_text_boost_5_0`...) beside the
catch-all `_all_text`, and by default scores a result by its single best field, also for each part
of a combined query. Then one rare word in a boosted name outscores a result with every word
searched for: for "befriending Melton", a Melton service about something else beat the befriending
group in Melton. Here words are scored one by one across the fields (`cross_fields`), each where it
scores best, and the parts of a combined query (search.query's "all the words" and "any word") add
up. Fuzzy matching cannot be scored word by word, so it adds up the fields' scores (`most_fields`).
Any other query (Not, MatchAll...) is Wagtail's. SEARCH_BACKEND picks the module here.
"""

from wagtail.search.query import And, Fuzzy, Or, Phrase, PlainText


class WordByWordQueryCompiler:
    """Mixed into a backend's query compiler."""

    def get_inner_query(self):
        if not is_made_of_words(self.query):
            return super().get_inner_query()
        return self._compile_across_fields(self.query, self.remapped_fields)

    def _compile_across_fields(self, query, fields):
        if isinstance(query, And | Or):
            occur = "must" if isinstance(query, And) else "should"
            return {"bool": {occur: [self._compile_across_fields(part, fields) for part in query.subqueries]}}
        if isinstance(query, PlainText):
            return match_type(self._compile_plaintext_query(query, fields), "cross_fields")
        if isinstance(query, Fuzzy):
            return match_type(self._compile_fuzzy_query(query, fields), "most_fields")
        return self._compile_phrase_query(query, fields)


def is_made_of_words(query):
    """Words, fuzzy words and phrases, joined by And and Or: what search.query builds."""
    if isinstance(query, And | Or):
        return all(is_made_of_words(part) for part in query.subqueries)
    return isinstance(query, PlainText | Fuzzy | Phrase)


def match_type(compiled, type_name):
    if "multi_match" in compiled:
        compiled["multi_match"]["type"] = type_name
    return compiled

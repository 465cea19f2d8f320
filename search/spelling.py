"""Misspellings: the closest words residents can find on the site, for what they typed.

The word list is every word of live, public pages (their indexed text, with Wagtail's database
backend) and published services, districts and synonyms, with how often each is used. Closeness is
counted in letters, as an engine's fuzzy matching counts it.
"""

import re
from collections import Counter

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from wagtail.models import Page, get_page_models
from wagtail.search.models import IndexEntry

from home import gazetteer
from home.districts import District
from search.query import load_synonym_groups
from search.text import fold, words

VOCABULARY_CACHE_KEY = "search:vocabulary:v2"  # v2: {word: count}
VOCABULARY_CACHE_SECONDS = 600
MIN_CORRECTED_LENGTH = 5


def spelling_suggestion(query, sure=False):
    """What was typed, with each word not on the site replaced by the closest word on it, or ""."""
    closest = close_words(query, sure)
    if not closest:
        return ""
    return re.sub(r"\w+", lambda word: closest.get(word.group().casefold(), word.group()), query.text)


def close_words(query, sure=False, vocabulary=None):
    """{word typed: the closest word found on the site} for the words searched that are not on it;
    with sure=True, only corrections sure enough to search for without asking (see sure_correction)."""
    vocabulary = vocabulary if vocabulary is not None else site_vocabulary()
    closest = {}
    for word in query.misspellable_terms:
        folded = fold(word)
        if folded not in vocabulary and not folded.isdigit():
            found = sure_correction(folded, vocabulary) if sure else closest_word(folded, vocabulary)
            if found:
                closest[word] = found
    return closest


def closest_word(word, vocabulary, max_edits=None):
    """The word of the vocabulary ({word: how often it is on the site}) that is fewest letters off,
    the commonest of those; None if none is close enough. Like an engine's fuzzy matching: one letter
    off for a word of five letters, two for longer words, two letters swapped counting as one. Words
    under five letters are left alone: too many words are one letter away from them to choose."""
    if len(word) < MIN_CORRECTED_LENGTH:
        return None
    if max_edits is None:
        max_edits = 1 if len(word) <= MIN_CORRECTED_LENGTH else 2
    candidates = process.extract(
        word, vocabulary.keys(), scorer=DamerauLevenshtein.distance, score_cutoff=max_edits, limit=None
    )
    if not candidates:
        return None
    best, _distance, _index = min(candidates, key=lambda found: (found[1], -vocabulary[found[0]], found[0]))
    return best


def sure_correction(word, vocabulary):
    """A correction to search for without asking: one letter off, not the first. Two letters off
    turns real words not on the site into others ("Syston" into "Sutton", "scouts" into "counts"),
    and so does a different first letter ("natter" into "matter"): those are only offered."""
    found = closest_word(word, vocabulary, max_edits=1)
    return found if found and found[0] == word[0] else None


def forget_site_vocabulary(**kwargs):
    """Connected to publishing, unpublishing, deleting and restricting (search/apps.py): a page that
    is no longer live and public must stop lending its words to corrections at once."""
    cache.delete(VOCABULARY_CACHE_KEY)


def site_vocabulary():
    """{folded word: how often it is on the site} for the words of live page titles, support service
    names, districts, the county's towns and villages, synonyms and live, public pages' indexed text
    (cached)."""
    vocabulary = cache.get(VOCABULARY_CACHE_KEY)
    if vocabulary is None:
        from toolkits.models import SupportService

        texts = [
            *Page.objects.live().public().values_list("title", flat=True),
            *SupportService.objects.live().values_list("name", flat=True),
            *District.labels,
            *gazetteer.county_place_names(),
            *(term for group in load_synonym_groups() for term in group.terms),
            *(indexed_texts() if uses_database_index() else []),
        ]
        vocabulary = dict(Counter(fold(word) for text in texts for word in words(text) if len(word) > 2))
        cache.set(VOCABULARY_CACHE_KEY, vocabulary, VOCABULARY_CACHE_SECONDS)
    return vocabulary


def uses_database_index():
    """Whether Wagtail's database backend keeps the site's index (with an engine it is never updated)."""
    return settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].endswith(".database")


def indexed_texts():
    """Everything Wagtail's database backend indexed for live, public pages and published services:
    their words, places and all. (An engine keeps its index to itself; it matches misspellings anyway.)"""
    from toolkits.models import SupportService

    text_columns = ("title_text", "body_text") if connection.vendor == "postgresql" else ("title", "body")
    as_text = Cast("pk", output_field=CharField())
    page_types = [ContentType.objects.get_for_model(model) for model in get_page_models()]
    visible = Q(
        content_type__in=page_types,
        object_id__in=Page.objects.live().public().annotate(text_id=as_text).values("text_id"),
    ) | Q(
        content_type=ContentType.objects.get_for_model(SupportService),
        object_id__in=SupportService.objects.live().annotate(text_id=as_text).values("text_id"),
    )
    for columns in IndexEntry.objects.filter(visible).values_list(*text_columns).iterator():
        yield " ".join(filter(None, columns))

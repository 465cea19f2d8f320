"""Turns what a resident typed into a small, well-formed query that every Wagtail search backend accepts.

Typing is forgiving: curly quotes count as quotes and an unbalanced quote is ignored; punctuation,
symbols and markup are dropped; only the first words count. So no input, however long or odd, can
reach a backend as syntax it chokes on. Words are matched with and without their accents, and
the Communities Team's synonyms are added, so “cafe” finds “café” and “lonely” finds “isolation”.
"""

import re
from dataclasses import dataclass

from django.core.cache import cache
from wagtail.search.query import And, Fuzzy, Or, Phrase, PlainText

from home import gazetteer
from search.text import fold, words

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_PHRASES = 3
SYNONYMS_CACHE_SECONDS = 300
# Longer "words" are not misspellings of anything on the site, and matching them fuzzily is slow.
MAX_FUZZY_WORD_LENGTH = 20
# Words that say nothing about what is wanted; dropped unless the query is nothing else.
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "an",
        "and",
        "any",
        "are",
        "at",
        "be",
        "by",
        "can",
        "do",
        "for",
        "from",
        "get",
        "how",
        "i",
        "in",
        "is",
        "it",
        "me",
        "my",
        "near",
        "of",
        "on",
        "or",
        "the",
        "there",
        "to",
        "what",
        "where",
        "who",
        "with",
    ]
)
# Words that stand for the site or the reader ("about us", "can you help"): never searched for.
PRONOUNS = frozenset(["us", "we", "our", "you", "your"])
QUOTES = re.compile(r"[“”„‟″«»]")
# The endings of possessives and contractions: "alzheimer's" is searched as "alzheimer", "can't" as "can".
CONTRACTION = re.compile(r"(?<=\w)['’](s|t|d|m|ll|re|ve)\b", re.IGNORECASE)
QUOTED = re.compile(r'"([^"]*)"')
# "What is…", "What's…", "How do I…", "Why…": the resident wants a section's explanation first.
EXPLANATION_QUESTION = re.compile(r"^\s*(what|how|why)(['’]s)?\b", re.IGNORECASE)
# A query this short may be a page's name ("About us"): its little words are searched too.
SHORT_QUERY_WORDS = 2
LONGEST_PLACE_NAME_WORDS = 3  # "Ashby de la Zouch" is typed as four, but "Ashby" finds it


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # as typed, trimmed and capped: what the page shows back
    terms: tuple = ()  # words to match, lower case
    phrases: tuple = ()  # quoted phrases that must appear
    extra_terms: tuple = ()  # added: words without accents, and synonyms
    district_phrases: tuple = ()  # added: the district of a county town or village named ("quorn")
    asks_for_explanation: bool = False

    @property
    def is_empty(self):
        return not (self.terms or self.phrases)

    @property
    def all_terms(self):
        return (*self.terms, *self.extra_terms)

    def folded_words(self):
        """Every word the query matches on, folded: for spotting topics such as loneliness."""
        return {fold(word) for term in (*self.all_terms, *self.phrases) for word in term.split()}

    def backend_query(self):
        """A Wagtail query: any of the words (all of them first), and every quoted phrase."""
        parts = [Phrase(phrase) for phrase in self.phrases]
        if self.all_terms:
            any_word = PlainText(" ".join(self.all_terms), operator="or")
            if self.every_word_query() is not None:
                # A result with every word typed also matches this, so it scores more than one
                # with some: "befriending Melton" is first the befriending group in Melton.
                any_word = Or([self.every_word_query(), any_word])
            if self.district_phrases:
                any_word = Or([any_word, *map(Phrase, self.district_phrases)])
            parts.append(any_word)
        return parts[0] if len(parts) == 1 else And(parts)

    def every_word_query(self):
        """Only what has every word typed, for a query of more than one word (else None)."""
        if len(self.terms) < 2:
            return None
        return PlainText(" ".join(self.terms), operator="and")

    @property
    def misspellable_terms(self):
        return tuple(term for term in self.terms if len(term) <= MAX_FUZZY_WORD_LENGTH)

    def fuzzy_query(self):
        """Words spelt nearly like these (search engines only): for when nothing matched exactly."""
        return Fuzzy(" ".join(self.misspellable_terms), operator="or")


@dataclass(frozen=True)
class Synonyms:
    """Any trigger in a query brings in the terms (bar those typed). Two-way: every term triggers."""

    triggers: tuple
    terms: tuple

    @classmethod
    def one_way(cls, terms):
        return cls(triggers=tuple(terms[:1]), terms=tuple(terms))

    @classmethod
    def two_way(cls, terms):
        return cls(triggers=tuple(terms), terms=tuple(terms))


def clean_text(raw):
    """The query as typed, made safe to keep: no control characters, single spaces, capped."""
    text = "".join(char if char.isprintable() else " " for char in str(raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def parse(raw, synonym_groups=None):
    text = clean_text(raw)
    quoted = QUOTES.sub('"', text)
    phrases = []
    for match in QUOTED.findall(quoted)[:MAX_PHRASES]:
        phrase_words = words(match)
        if len(phrase_words) > 1:
            phrases.append(" ".join(phrase_words))
    # Words outside the quotes, and single quoted words; a quote left unbalanced is just ignored.
    loose = QUOTED.sub(lambda m: m.group(1) if len(words(m.group(1))) == 1 else " ", quoted)
    typed_words = _unique(words(CONTRACTION.sub("", loose).replace('"', " ")))[:MAX_TERMS]
    all_words = [word for word in typed_words if word not in PRONOUNS] or typed_words
    terms = [word for word in all_words if word not in STOP_WORDS] or ([] if phrases else all_words)

    extra = [fold(term) for term in terms if fold(term) != term]
    if len(all_words) <= SHORT_QUERY_WORDS:
        extra += [word for word in all_words if word not in terms]
    groups = synonym_groups if synonym_groups is not None else load_synonym_groups()
    # Only loose words are expanded: a quoted phrase means exactly those words.
    extra += _synonyms(typed_words, groups)  # pronouns included: "about us" is a trigger
    known = set(terms)
    extra = [term for term in _unique(extra) if term not in known]
    return ParsedQuery(
        text=text,
        terms=tuple(terms),
        phrases=tuple(phrases),
        extra_terms=tuple(extra),
        district_phrases=_districts_of_places_named(all_words),
        asks_for_explanation=bool(EXPLANATION_QUESTION.match(text)),
    )


def _districts_of_places_named(query_words):
    """The districts of the county towns, villages and postcodes named ("library quorn" and "LE12 9AB"
    -> "charnwood"), as phrases.

    Longer names are read first, so "melton mowbray" is the town, not the district of Melton. A district
    named itself is already searched as typed; places outside the county have no district.
    """
    named, used = [], set()
    for length in range(LONGEST_PLACE_NAME_WORDS, 0, -1):
        for start in range(len(query_words) - length + 1):
            span = set(range(start, start + length))
            place = (
                None if span & used else _place_named_or_coded(" ".join(query_words[start : start + length]))
            )
            if place:
                named.append(place)
                used |= span
    if any(place.kind == "district" for place in named):
        return ()
    labels = [place.district_label for place in named if place.district]
    return tuple(_unique(" ".join(words(label)) for label in labels))


def _place_named_or_coded(text):
    """A town, village or district by name, or a full postcode. A postcode district alone ("LE12") is
    searched as typed: the pages that carry it (libraries' addresses) rank first, and adding its
    district would put pages with the district in their title above them."""
    place = gazetteer.place_named(text) or gazetteer.postcode_place(text)
    return place if place and place.kind != "postcode district" else None


def load_synonym_groups():
    """The synonym groups as Synonyms, cached briefly (editing a group clears the cache)."""
    from search.models import SYNONYMS_CACHE_KEY, SynonymGroup

    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        groups = [group.as_synonyms() for group in SynonymGroup.objects.all()]
        cache.set(SYNONYMS_CACHE_KEY, groups, SYNONYMS_CACHE_SECONDS)
    return groups


def _synonyms(query_words, groups):
    """The terms of every group with a trigger in the query (accents aside), bar those typed exactly.

    Spellings with and without accents are kept apart, so that "cafe" also searches for "café".
    A group given as a plain list of terms is two-way.
    """
    typed = f" {' '.join(query_words)} "
    folded = fold(typed)
    found = []
    for group in groups:
        if not isinstance(group, Synonyms):
            group = Synonyms.two_way(group)
        if any(f" {fold(' '.join(words(term)))} " in folded for term in group.triggers):
            found += [term for term in group.terms if f" {' '.join(words(term))} " not in typed]
    return found


def _unique(items):
    return list(dict.fromkeys(items))

"""What the Communities Team manages for site search: synonyms, and the searches that found nothing."""

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from search.text import fold, words

SYNONYMS_CACHE_KEY = "search:synonyms:v2"  # v2: Synonyms, not lists

MAX_LOGGED_QUERY_LENGTH = 200


class SynonymGroup(models.Model):
    """Words residents use for the same thing, e.g. “lonely, loneliness, isolation”."""

    terms = models.CharField(
        max_length=500,
        help_text=(
            "Words or short phrases that mean the same thing, separated by commas, "
            "e.g. “lonely, loneliness, isolation”. A search for any of them also finds the others."
        ),
    )

    one_way = models.BooleanField(
        "Only from the first word",
        default=False,
        help_text=(
            "Tick when only the first word or phrase should bring in the others: with “anxiety, mental "
            "health” ticked, a search for anxiety also finds mental health pages, but a search for "
            "mental health does not bring in every page about anxiety."
        ),
    )

    class Meta:
        ordering = ["terms"]
        verbose_name = "search synonym"

    def __str__(self):
        return self.terms

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(SYNONYMS_CACHE_KEY)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        cache.delete(SYNONYMS_CACHE_KEY)
        return result

    def clean(self):
        empty = [term.strip() for term in self.terms.split(",") if term.strip() and not words(term)]
        if empty:
            raise ValidationError({"terms": f"“{empty[0]}” has no letters or numbers in it. Use words only."})
        if len(self.term_list) < 2:
            raise ValidationError({"terms": "Give at least two words or phrases, separated by commas."})

    def as_synonyms(self):
        from search.query import Synonyms

        return (Synonyms.one_way if self.one_way else Synonyms.two_way)(self.term_list)

    @property
    def term_list(self):
        """The terms as typed (lower case), without blanks or repeats."""
        seen = {}
        for term in self.terms.split(","):
            # Words only: a stray quote or bracket must never reach the search backend as syntax.
            term = " ".join(words(term))
            if term and fold(term) not in seen:
                seen[fold(term)] = term
        return list(seen.values())


class UnansweredSearch(models.Model):
    """A search that found nothing: what the Communities Team may need to write about, or add as a synonym."""

    query_string = models.CharField("Search", max_length=MAX_LOGGED_QUERY_LENGTH, unique=True)
    searches = models.PositiveIntegerField("Times searched", default=0)
    last_searched = models.DateField(default=timezone.localdate)

    class Meta:
        ordering = ["-searches", "query_string"]
        verbose_name = "search with no results"
        verbose_name_plural = "searches with no results"

    def __str__(self):
        return self.query_string

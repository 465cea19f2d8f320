"""What residents search for, for the Communities Team: popular searches and searches that found nothing.

Only the words searched for are kept, never who searched. Anything that looks like an email address
a phone number or a full postcode is blanked first, since people sometimes type their own.
"""

import re

from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from search.models import MAX_LOGGED_QUERY_LENGTH, UnansweredSearch

EMAIL = re.compile(r"\S+@\S+")
LONG_NUMBER = re.compile(r"\+?\d[\d ()-]{5,}\d")
# A full postcode points at a handful of homes; the district part ("LE12") is kept.
FULL_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*\d[A-Z]{2}\b", re.IGNORECASE)


def redact(text):
    text = EMAIL.sub("[email]", text)
    text = FULL_POSTCODE.sub(r"\1 [postcode]", text)
    return LONG_NUMBER.sub("[number]", text)[:MAX_LOGGED_QUERY_LENGTH]


def record_search(text, found_anything):
    """Count the search (and log it if it found nothing); returns Wagtail's Query for it."""
    text = redact(text)
    query = Query.get(text)
    query.add_hit()
    if not found_anything:
        logged, created = UnansweredSearch.objects.get_or_create(
            query_string=text.lower(), defaults={"searches": 1}
        )
        if not created:
            UnansweredSearch.objects.filter(pk=logged.pk).update(
                searches=F("searches") + 1, last_searched=timezone.localdate()
            )
    return query

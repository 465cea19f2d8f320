"""What residents search for, for the Communities Team: popular searches and searches that found nothing.

Only the words searched for are kept, never who searched. Anything that looks like an email address
a phone number or a full postcode is blanked first, since people sometimes type their own.
Each log holds at most MAX_LOGGED_TERMS different searches, so a script sending endless made-up ones
cannot grow it without limit; searches already logged go on being counted. Old entries are deleted by
`manage.py delete_old_personal_data` (docs/retention.md), which makes room again.
"""

import re

from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

from search.models import MAX_LOGGED_QUERY_LENGTH, UnansweredSearch

EMAIL = re.compile(r"\S+@\S+")
LONG_NUMBER = re.compile(r"\+?\d[\d ()-]{5,}\d")
# A full postcode points at a handful of homes; the district part ("LE12") is kept.
FULL_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*\d[A-Z]{2}\b", re.IGNORECASE)
# Different searches each log keeps: far more than residents' real variety in the retention period.
MAX_LOGGED_TERMS = 5000


def redact(text):
    text = EMAIL.sub("[email]", text)
    text = FULL_POSTCODE.sub(r"\1 [postcode]", text)
    return LONG_NUMBER.sub("[number]", text)[:MAX_LOGGED_QUERY_LENGTH]


def record_search(text, found_anything):
    """Count the search (and log it if it found nothing); returns Wagtail's Query for it, or None when
    it is new and the log is full."""
    text = redact(text)
    query = Query.objects.filter(query_string=normalise_query_string(text)).first()
    if query is None and Query.objects.count() < MAX_LOGGED_TERMS:
        query = Query.get(text)
    if query is not None:
        query.add_hit()
    if not found_anything:
        _log_unanswered(text.lower())
    return query


def _log_unanswered(text):
    updated = UnansweredSearch.objects.filter(query_string=text).update(
        searches=F("searches") + 1, last_searched=timezone.localdate()
    )
    if not updated and UnansweredSearch.objects.count() < MAX_LOGGED_TERMS:
        UnansweredSearch.objects.get_or_create(query_string=text, defaults={"searches": 1})

"""Which volunteer pages are due a check ("last reviewed" more than six months ago)."""

from django.db.models import Q
from wagtail.models import Page

from home.dates import local_today
from home.models import REVIEW_INTERVAL
from home.volunteers.provisioning import volunteer_page_models


def due_for_review(today=None):
    """Published volunteer pages last checked (or, if never checked, first published) over six months ago."""
    cutoff = (today or local_today()) - REVIEW_INTERVAL
    overdue = Q(last_reviewed__lte=cutoff) | Q(
        last_reviewed__isnull=True, first_published_at__date__lte=cutoff
    )
    ids = Q(pk__in=[])
    for model in volunteer_page_models():
        ids |= Q(pk__in=model.objects.filter(overdue).values("pk"))
    return Page.objects.live().filter(ids)

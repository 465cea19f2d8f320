"""Deleting personal data once settings.PERSONAL_DATA_RETENTION_DAYS have passed (docs/retention.md)."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from home.models import ChangeReport, NetworkMember
from home.network.membership import CONFIRMATION_LINK_LIFETIME
from search.models import UnansweredSearch


@transaction.atomic
def delete_old_personal_data(now=None):
    """Delete what is older than the retention period; returns {what: how many were deleted}."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)
    # A sign-up nobody confirmed: its link has expired, so it can never count.
    unconfirmed = NetworkMember.objects.unconfirmed().filter(
        confirmation_sent_at__lt=now - CONFIRMATION_LINK_LIFETIME
    )
    deleted = {
        "network member": _delete(NetworkMember.objects.confirmed().filter(confirmed_at__lt=cutoff)),
        "unconfirmed network sign-up": _delete(unconfirmed),
        "unconfirmed invited account": _delete(_unconfirmed_accounts(cutoff)),
        "search with no results": _delete(UnansweredSearch.objects.filter(last_searched__lt=cutoff.date())),
        "day of search counts": _delete(QueryDailyHits.objects.filter(date__lt=cutoff.date())),
    }
    # As Wagtail's searchpromotions_garbage_collect: a search the team promotes results for stays.
    unused_terms = Query.objects.filter(daily_hits__isnull=True, editors_picks__isnull=True)
    deleted["search term"] = _delete(unused_terms)
    deleted["reporter's name and email"] = _forget_reporters(now)
    return deleted


def _forget_reporters(now):
    """A report done more than REPORT_RETENTION_DAYS ago keeps what was wrong, not who said so; so does
    one left open for longer than the general period."""
    done_cutoff = now - timedelta(days=settings.REPORT_RETENTION_DAYS)
    open_cutoff = now - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)
    old = Q(done_at__lt=done_cutoff) | Q(done_at__isnull=True, created_at__lt=open_cutoff)
    return ChangeReport.objects.filter(old).exclude(name="", email="").update(name="", email="")


def _unconfirmed_accounts(cutoff):
    """Invited accounts whose owner never set a password and signed in: their email was never confirmed."""
    candidates = get_user_model().objects.filter(
        last_login__isnull=True, date_joined__lt=cutoff, is_superuser=False, is_staff=False
    )
    ids = [user.pk for user in candidates if not user.has_usable_password()]
    return get_user_model().objects.filter(pk__in=ids)


def _delete(queryset):
    """Delete and count the rows of the queryset's own model (not what is deleted along with them)."""
    return queryset.delete()[1].get(queryset.model._meta.label, 0)

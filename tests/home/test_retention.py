"""Personal data is not kept for good: `manage.py delete_old_personal_data` removes network sign-ups,
never-confirmed invited accounts and search logs older than PERSONAL_DATA_RETENTION_DAYS."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from home.models import Network, NetworkMember
from home.network.membership import CONFIRMATION_LINK_LIFETIME
from search.models import UnansweredSearch

pytestmark = pytest.mark.django_db

DAYS = settings.PERSONAL_DATA_RETENTION_DAYS


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def member(email, age_in_days):
    NetworkMember.objects.create(
        network=Network.COMMUNITIES, name="Ada", email=email, confirmed_at=days_ago(age_in_days)
    )


def unconfirmed(email, link_sent):
    NetworkMember.objects.create(
        network=Network.COMMUNITIES, name="Ada", email=email, confirmation_sent_at=timezone.now() - link_sent
    )


def invited(username, age_in_days, *, signed_in=False):
    user = get_user_model().objects.create_user(username, f"{username}@example.org.uk")
    user.set_unusable_password()
    user.date_joined = days_ago(age_in_days)
    user.last_login = days_ago(1) if signed_in else None
    user.save()


def logged_search(text, age_in_days):
    UnansweredSearch.objects.create(query_string=text, searches=1, last_searched=days_ago(age_in_days).date())
    query = Query.get(text)
    QueryDailyHits.objects.create(query=query, date=days_ago(age_in_days).date(), hits=1)
    return query


def test_the_retention_period_is_set_in_days_and_stated_in_the_privacy_notice(demo_page):
    assert 30 <= DAYS <= 3 * 365
    notice = demo_page("privacy-notice")

    assert f"{DAYS} days" in str(notice.body)


def test_network_members_confirmed_longer_ago_than_the_period_are_deleted_and_newer_ones_kept():
    member("old@example.org", DAYS + 1)
    member("recent@example.org", DAYS - 1)

    call_command("delete_old_personal_data")

    assert list(NetworkMember.objects.values_list("email", flat=True)) == ["recent@example.org"]


def test_sign_ups_never_confirmed_are_deleted_once_their_link_has_expired():
    second = timedelta(seconds=1)
    unconfirmed("expired@example.org", CONFIRMATION_LINK_LIFETIME + second)
    unconfirmed("still-time@example.org", CONFIRMATION_LINK_LIFETIME - second)
    member("confirmed@example.org", 4)

    call_command("delete_old_personal_data")

    assert set(NetworkMember.objects.values_list("email", flat=True)) == {
        "still-time@example.org",
        "confirmed@example.org",
    }


def test_invited_accounts_never_confirmed_within_the_period_are_deleted():
    invited("never-came", DAYS + 1)
    invited("still-time", DAYS - 1)
    invited("came-once", DAYS + 1, signed_in=True)

    call_command("delete_old_personal_data")

    assert set(get_user_model().objects.values_list("username", flat=True)) >= {"still-time", "came-once"}
    assert not get_user_model().objects.filter(username="never-came").exists()


def test_search_logs_older_than_the_period_are_deleted_but_promoted_searches_stay(home_page):
    logged_search("old nothing found", DAYS + 1)
    logged_search("recent nothing found", DAYS - 1)
    promoted = logged_search("old but promoted", DAYS + 1)
    SearchPromotion.objects.create(query=promoted, page=home_page, sort_order=0)

    call_command("delete_old_personal_data")

    assert list(UnansweredSearch.objects.values_list("query_string", flat=True)) == ["recent nothing found"]
    kept = set(Query.objects.values_list("query_string", flat=True))
    assert {"recent nothing found", "old but promoted"} <= kept
    assert "old nothing found" not in kept
    assert not QueryDailyHits.objects.filter(date__lt=days_ago(DAYS).date()).exists()


def test_the_command_reports_what_it_deleted(capsys):
    member("old@example.org", DAYS + 1)

    call_command("delete_old_personal_data")

    assert "1 network member" in capsys.readouterr().out

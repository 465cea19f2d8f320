"""A script sending endless made-up searches cannot grow the search logs without limit: past the cap new
terms are not logged, while searches already logged go on being counted."""

import pytest
from wagtail.contrib.search_promotions.models import Query

from search import analytics
from search.models import UnansweredSearch

pytestmark = pytest.mark.django_db


@pytest.fixture
def cap(monkeypatch):
    """A small cap, with the logs already holding that many terms less one."""
    limit = 5
    monkeypatch.setattr(analytics, "MAX_LOGGED_TERMS", limit)
    for n in range(limit - 1 - UnansweredSearch.objects.count()):
        analytics.record_search(f"zzqq filler {n}", found_anything=False)
    while Query.objects.count() > limit - 1:
        Query.objects.exclude(query_string__startswith="zzqq").first().delete()
    return limit


def test_the_last_term_under_the_cap_is_logged(client, cap):
    client.get("/search/", {"query": "xyzzy qwrtp"})

    assert UnansweredSearch.objects.filter(query_string="xyzzy qwrtp").exists()
    assert Query.objects.filter(query_string="xyzzy qwrtp").exists()


def test_a_new_term_over_the_cap_is_not_logged_and_the_search_still_works(client, cap):
    client.get("/search/", {"query": "xyzzy qwrtp"})

    response = client.get("/search/", {"query": "xyzzy bvnmk"})

    assert response.status_code == 200
    assert UnansweredSearch.objects.count() == cap
    assert Query.objects.count() == cap
    assert not UnansweredSearch.objects.filter(query_string="xyzzy bvnmk").exists()


def test_terms_already_logged_are_still_counted_at_the_cap(client, cap):
    client.get("/search/", {"query": "xyzzy qwrtp"})

    client.get("/search/", {"query": "xyzzy qwrtp"})

    assert UnansweredSearch.objects.get(query_string="xyzzy qwrtp").searches == 2
    assert Query.objects.get(query_string="xyzzy qwrtp").hits == 2

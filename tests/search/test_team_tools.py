"""What the Communities Team manages: synonyms, promoted results and the search reports."""

import pytest
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from search.models import SynonymGroup, UnansweredSearch
from tests.search.conftest import result_titles, soup

pytestmark = pytest.mark.django_db

SYNONYM_PERMISSIONS = [
    "site_search.add_synonymgroup",
    "site_search.change_synonymgroup",
    "site_search.view_synonymgroup",
]


def test_a_synonym_added_in_the_admin_widens_the_search(client, staff_user, home_page):
    StandardPageFactory(parent=home_page, title="Allotment plots to rent")
    assert "Allotment plots to rent" not in result_titles(client.get("/search/", {"query": "veg patch"}))
    client.force_login(staff_user(*SYNONYM_PERMISSIONS))

    response = client.post(reverse("search_synonyms:add"), {"terms": "allotment, veg patch"})

    assert response.status_code == 302
    assert "Allotment plots to rent" in result_titles(client.get("/search/", {"query": "veg patch"}))


def test_starter_synonyms_find_loneliness_pages_for_isolation(client):
    assert SynonymGroup.objects.filter(terms__contains="isolation").exists()

    assert "Understanding loneliness" in result_titles(client.get("/search/", {"query": "isolation"}))


def test_synonyms_need_permission(client, staff_user):
    client.force_login(staff_user(username="no-synonyms"))

    assert client.get(reverse("search_synonyms:index")).status_code in (302, 403)
    assert client.post(reverse("search_synonyms:add"), {"terms": "a, b"}).status_code in (302, 403)
    assert not SynonymGroup.objects.filter(terms="a, b").exists()


@pytest.mark.parametrize("typed", ["cafe", "CAFE", "café", "Café"])
def test_cafe_finds_cafe_with_an_accent_whatever_the_case(client, typed):
    assert "Birstall Youth Café" in result_titles(client.get("/search/", {"query": f"{typed} Birstall"}))


def test_promoted_results_come_first_but_never_a_private_page(client, home_page):
    public = StandardPageFactory(parent=home_page, title="Warm spaces this winter")
    private = StandardPageFactory(parent=home_page, title="Team-only warm spaces notes")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    query = Query.get("heating")
    SearchPromotion.objects.create(query=query, page=public, sort_order=0, description="Where to keep warm.")
    SearchPromotion.objects.create(query=query, page=private, sort_order=1)

    response = client.get("/search/", {"query": "Heating"})

    picks = soup(response).select(".lc-search-promotions a")
    assert [a.get_text(strip=True) for a in picks] == ["Warm spaces this winter"]
    assert "Team-only" not in response.content.decode()


def test_each_search_is_counted_for_the_popular_searches_report(client):
    client.get("/search/", {"query": "Lunch club"})
    client.get("/search/", {"query": "lunch  club"})
    client.get("/search/", {"query": "lunch club", "page": 2})

    assert Query.objects.get(query_string="lunch club").hits == 2


def test_searches_with_no_results_are_logged_without_personal_details(client):
    client.get("/search/", {"query": "zorbing zed@qqq.invalid 07700 900123"})
    client.get("/search/", {"query": "zorbing zed@qqq.invalid 07700 900123"})

    logged = UnansweredSearch.objects.get()
    assert logged.query_string == "zorbing [email] [number]"
    assert logged.searches == 2
    assert not UnansweredSearch.objects.filter(query_string__contains="library").exists()


@pytest.mark.parametrize("url_name", ["search_reports:popular", "search_reports:unanswered"])
def test_the_team_sees_the_search_reports(client, staff_user, url_name):
    client.get("/search/", {"query": "zorbing"})
    client.force_login(staff_user("site_search.view_unansweredsearch"))

    response = client.get(reverse(url_name))

    assert response.status_code == 200
    assert "zorbing" in response.content.decode()


@pytest.mark.parametrize("url_name", ["search_reports:popular", "search_reports:unanswered"])
def test_the_search_reports_need_permission(client, staff_user, url_name):
    client.force_login(staff_user(username="no-reports"))

    response = client.get(reverse(url_name))

    assert response.status_code == 403


def test_a_full_postcode_is_not_kept_in_the_search_logs(client):
    client.get("/search/", {"query": "zorbing ng7 2rd"})  # outside the county: finds nothing

    assert UnansweredSearch.objects.get().query_string == "zorbing ng7 [postcode]"


def test_a_full_postcode_is_not_kept_when_the_search_finds_something(client):
    client.get("/search/", {"query": "zorbing le12 7ab"})  # in the county: finds its district's pages

    assert list(Query.objects.values_list("query_string", flat=True)) == ["zorbing le12 [postcode]"]
    assert not UnansweredSearch.objects.exists()


def test_a_synonym_with_stray_punctuation_never_breaks_search(client, home_page):
    StandardPageFactory(parent=home_page, title="Zither club")
    SynonymGroup.objects.create(terms='zfoo, "zither')

    response = client.get("/search/", {"query": "zfoo"})

    assert response.status_code == 200
    assert "Zither club" in result_titles(response)


@pytest.mark.parametrize(
    ("terms", "message"), [('lonely, "', "has no letters or numbers"), ("lonely", "at least two")]
)
def test_a_synonym_group_without_real_words_is_refused(terms, message):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match=message):
        SynonymGroup(terms=terms).full_clean()


def test_a_one_way_synonym_from_the_admin_finds_pages_for_its_first_word_only(client, staff_user, home_page):
    StandardPageFactory(parent=home_page, title="Quillmourn café")
    StandardPageFactory(parent=home_page, title="Zephyrgrief walks")
    client.force_login(staff_user(*SYNONYM_PERMISSIONS))

    response = client.post(
        reverse("search_synonyms:add"), {"terms": "zephyrgrief, quillmourn", "one_way": "on"}
    )

    assert response.status_code == 302
    assert "Quillmourn café" in result_titles(client.get("/search/", {"query": "zephyrgrief"}))
    assert "Zephyrgrief walks" not in result_titles(client.get("/search/", {"query": "quillmourn"}))

"""Find local support: the directory of support services, its filters, distances and each service's page."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home import gazetteer
from home.districts import District
from toolkits.factories import SupportServiceFactory
from toolkits.listing import SERVICES_PER_PAGE
from toolkits.models import SupportDirectoryPage, SupportService

pytestmark = pytest.mark.django_db

QUORN = gazetteer.place_named("Quorn").point
MELTON = gazetteer.place_named("Melton Mowbray").point


@pytest.fixture
def directory(only_test_services):
    return SupportDirectoryPage.objects.get()


def listed(client, directory, **params):
    response = client.get(directory.url, params)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in page.select(".lc-service-list__item h2")], page


def at(point):
    return {"latitude": Decimal(str(point.latitude)), "longitude": Decimal(str(point.longitude))}


def test_the_directory_is_in_the_demo_site_under_the_home_page(home_page):
    directory = SupportDirectoryPage.objects.live().public().get()

    assert directory.get_parent().specific == home_page
    assert directory.url == "/find-local-support/"


def test_only_published_services_are_listed(client, directory):
    SupportServiceFactory(name="Published")
    SupportServiceFactory(name="Never published", published=False)
    withdrawn = SupportServiceFactory(name="Withdrawn")
    withdrawn.unpublish()

    names, page = listed(client, directory)

    assert names == ["Published"]
    assert "1 service" in page.select_one("#support-results").get_text()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"district": "charnwood"}, ["Charnwood carers, free", "County lunch, £3"]),
        ({"category": "carers"}, ["Charnwood carers, free"]),
        ({"cost": "free"}, ["Charnwood carers, free"]),
        ({"cost": "paid"}, ["County lunch, £3"]),
        ({"district": "melton", "cost": "free"}, []),
        ({}, ["Charnwood carers, free", "County lunch, £3", "Melton, cost unknown"]),
    ],
)
def test_filters_combine(client, directory, params, expected):
    SupportServiceFactory(name="Charnwood carers, free", categories=["carers"], charge="free")
    SupportServiceFactory(name="County lunch, £3", districts=District.values, charge="paid")
    SupportServiceFactory(name="Melton, cost unknown", districts=["melton"], charge="")

    names, _ = listed(client, directory, **params)

    assert names == expected


def test_who_it_is_for_includes_services_open_to_everyone(client, directory):
    SupportServiceFactory(name="For carers", audience="carers")
    SupportServiceFactory(name="For everyone", audience="everyone")
    SupportServiceFactory(name="For young people", audience="young-people")

    names, page = listed(client, directory, audience="carers")

    assert names == ["For carers", "For everyone"]
    assert page.select_one("#id_audience option[selected]")["value"] == "carers"


def test_a_place_sorts_services_by_distance_and_says_how_far(client, directory):
    SupportServiceFactory(name="In Melton", districts=District.values, **at(MELTON))
    SupportServiceFactory(name="In Quorn", districts=District.values, **at(QUORN))
    SupportServiceFactory(name="By phone", districts=District.values)

    names, page = listed(client, directory, near="Quorn")

    assert names == ["In Quorn", "In Melton", "By phone"]
    items = page.select(".lc-service-list__item")
    expected_miles = gazetteer.distance_km(QUORN, MELTON) / 1.609344
    assert f"{expected_miles:.1f} miles away" in items[1].get_text()
    assert "0.0 miles away" in items[0].get_text()
    assert "miles away" not in items[2].get_text()
    assert "nearest to Quorn first" in page.select_one("#support-results").get_text()


def test_a_postcode_without_a_service_position_uses_the_postcodes_place(client, directory):
    SupportServiceFactory(name="Far", districts=District.values, postcode="LE13 0AA")
    SupportServiceFactory(name="Near", districts=District.values, postcode="LE12 7AA")

    names, _ = listed(client, directory, near="LE12 9AB")

    assert names == ["Near", "Far"]


@pytest.mark.parametrize("typed", ["Atlantis", "zzzz", "<script>alert(1)</script>"])
def test_an_unknown_place_says_so_and_keeps_what_was_typed(client, directory, typed):
    SupportServiceFactory(name="Charnwood")
    SupportServiceFactory(name="Melton", districts=["melton"])

    names, page = listed(client, directory, near=typed)

    assert names == ["Charnwood", "Melton"]
    assert f"We could not find “{typed}”" in page.get_text()
    assert page.select_one("#id_near")["value"] == typed
    assert "<script>alert" not in page.select_one("main").decode_contents()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"district": "atlantis"}, "district"),
        ({"category": "no-such-kind"}, "kind of support"),
        ({"cost": "gratis"}, "cost"),
        ({"audience": "aliens"}, "who it is for"),
        ({"near": "x" * 61}, "place or postcode"),
    ],
)
def test_a_bad_filter_is_ignored_with_a_clear_message(client, directory, params, message):
    SupportServiceFactory(name="Charnwood")
    SupportServiceFactory(name="Melton", districts=["melton"])

    listed(client, directory)  # the list with no filters, drawn first, is not shown for a bad one
    names, page = listed(client, directory, **params)

    assert names == ["Charnwood", "Melton"]
    assert f"We ignored the {message}" in page.select_one(".lc-filter-problems").get_text()


def test_a_bad_filter_does_not_undo_the_good_ones(client, directory):
    SupportServiceFactory(name="Charnwood")
    SupportServiceFactory(name="Melton", districts=["melton"])

    names, _ = listed(client, directory, district="melton", cost="gratis")

    assert names == ["Melton"]


def make_services(count):
    for n in range(count):
        SupportServiceFactory(name=f"Service {n:03d}", districts=District.values)


@pytest.mark.parametrize(
    ("count", "page_number", "first", "items"),
    [
        (0, "1", None, 0),
        (SERVICES_PER_PAGE, "1", "Service 000", SERVICES_PER_PAGE),
        (SERVICES_PER_PAGE + 1, "2", f"Service {SERVICES_PER_PAGE:03d}", 1),
        (SERVICES_PER_PAGE + 1, "99", f"Service {SERVICES_PER_PAGE:03d}", 1),
        (SERVICES_PER_PAGE + 1, "abc", "Service 000", SERVICES_PER_PAGE),
        (SERVICES_PER_PAGE + 1, "-1", f"Service {SERVICES_PER_PAGE:03d}", 1),
        (SERVICES_PER_PAGE + 1, "9" * 400, f"Service {SERVICES_PER_PAGE:03d}", 1),
    ],
)
def test_pages_of_results_and_garbage_page_numbers(client, directory, count, page_number, first, items):
    make_services(count)

    names, page = listed(client, directory, page=page_number)

    assert len(names) == items
    assert (names[0] if names else None) == first
    assert f"{count} service" in page.select_one("#support-results").get_text()


def test_services_of_the_same_name_are_each_on_exactly_one_page(client, directory):
    for _ in range(SERVICES_PER_PAGE + 1):
        SupportServiceFactory(name="Warm Space", districts=District.values)

    first, _ = listed(client, directory)
    second, _ = listed(client, directory, page=2)
    links = [
        a["href"]
        for number in ("1", "2")
        for a in listed(client, directory, page=number)[1].select(".lc-service-list__item h2 a")
    ]

    assert len(first) + len(second) == SERVICES_PER_PAGE + 1
    assert len(set(links)) == SERVICES_PER_PAGE + 1


def test_next_page_link_keeps_the_filters(client, directory):
    make_services(SERVICES_PER_PAGE + 1)

    _, page = listed(client, directory, district="charnwood")

    next_link = page.select_one(".govuk-pagination__next a")["href"]
    assert "district=charnwood" in next_link and "page=2" in next_link
    _, last_page = listed(client, directory, district="charnwood", page=2)
    assert last_page.select_one(".govuk-pagination__next") is None


def test_page_links_carry_only_the_filters_in_force(client, directory):
    make_services(2 * SERVICES_PER_PAGE + 1)

    _, page = listed(client, directory, district="charnwood", cost="nonsense", utm_source="<x>", page="2")

    assert page.select_one(".govuk-pagination__prev a")["href"] == "?district=charnwood&page=1"
    assert page.select_one(".govuk-pagination__next a")["href"] == "?district=charnwood&page=3"


@pytest.mark.parametrize("params", [{}, {"district": "charnwood"}, {"page": "2"}, {"cost": "nonsense"}])
def test_a_list_drawn_before_is_not_read_again(client, directory, settings, params):
    settings.PAGE_CACHE_SECONDS = 0  # every request builds the page
    make_services(2 * SERVICES_PER_PAGE)
    first, _ = listed(client, directory, **params)

    with CaptureQueriesContext(connection) as queries:
        again, _ = listed(client, directory, **params)

    assert again == first
    assert not [query["sql"] for query in queries if "toolkits_supportservice" in query["sql"]]


@pytest.mark.parametrize("params", [{}, {"page": "2"}, {"near": "Quorn"}])
def test_a_service_renamed_is_listed_under_its_new_name_at_once(client, directory, settings, params):
    settings.PAGE_CACHE_SECONDS = 0
    make_services(2 * SERVICES_PER_PAGE)
    old_name = listed(client, directory, **params)[0][-1]
    service = SupportService.objects.get(name=old_name)

    service.name = "Renamed Service"
    service.save_revision().publish()

    everywhere = [name for number in ("1", "2") for name in listed(client, directory, page=number)[0]]
    assert "Renamed Service" in everywhere and old_name not in everywhere
    assert old_name not in listed(client, directory, **params)[0]


def test_each_visitors_place_gives_its_own_distances(client, directory, settings):
    settings.PAGE_CACHE_SECONDS = 0
    SupportServiceFactory(name="Placed", **at(QUORN))

    near_quorn = listed(client, directory, near="Quorn")[1].select_one("#support-results").get_text()
    near_melton = (
        listed(client, directory, near="Melton Mowbray")[1].select_one("#support-results").get_text()
    )

    assert "nearest to Quorn" in near_quorn and "nearest to Melton Mowbray" in near_melton


@pytest.mark.parametrize("params", [{}, {"district": "charnwood"}, {"page": "2"}])
def test_a_page_listed_by_name_reads_only_the_services_it_shows(client, directory, params):
    """Without a place to measure from, the directory is in name order and reads one page of services
    from the database, not all of them, however many there are."""
    make_services(3 * SERVICES_PER_PAGE)
    built = []

    def count(sender, instance, **kwargs):
        built.append(instance)

    post_init.connect(count, sender=SupportService)
    try:
        names, _ = listed(client, directory, **params)
    finally:
        post_init.disconnect(count, sender=SupportService)

    assert len(names) == SERVICES_PER_PAGE
    assert len(built) == SERVICES_PER_PAGE


@pytest.mark.parametrize(
    ("params", "counted"),
    [
        ({}, 1),  # every service: the total is the count
        ({"page": "2"}, 1),
        ({"district": "charnwood"}, 2),  # the total, and the services covering Charnwood
        ({"district": "charnwood", "page": "2"}, 2),
        ({"near": "Quorn"}, 1),  # all those covering Quorn are read, to sort by distance
        ({"category": "carers", "near": "Quorn"}, 1),
    ],
)
def test_each_set_of_services_named_is_counted_once(client, directory, settings, params, counted):
    """ "21 services of 40": the heading and the pages below it share one count of each."""
    settings.PAGE_CACHE_SECONDS = 0  # every request builds the page
    make_services(SERVICES_PER_PAGE + 1)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(directory.url, params).status_code == 200

    counts = [query["sql"] for query in queries.captured_queries if "COUNT(" in query["sql"].upper()]
    assert len(counts) == counted, "\n".join(counts)


@pytest.mark.parametrize("params", [{}, {"near": "Quorn", "cost": "free", "audience": "carers"}])
def test_query_count_does_not_grow_with_services(client, directory, params):
    def count_queries():
        client.get(directory.url, params)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(directory.url, params).status_code == 200
        return len(queries)

    def add_services(count):
        for _ in range(count):
            SupportServiceFactory(
                categories=["carers", "befriending"], charge="free", audience="carers", **at(QUORN)
            )

    add_services(5)
    with_five = count_queries()
    add_services(45)
    with_fifty = count_queries()

    assert with_fifty == with_five


def test_the_map_gets_the_positions_of_listed_services_only(client, directory):
    SupportServiceFactory(name="Placed", **at(QUORN))
    SupportServiceFactory(name="By phone")

    _, page = listed(client, directory)

    placed = page.select(".lc-service-list__item[data-latitude]")
    assert [item["data-title"] for item in placed] == ["Placed"]
    assert page.select_one("#support-map")


def test_no_map_when_no_listed_service_has_a_position(client, directory):
    SupportServiceFactory(name="By phone")

    _, page = listed(client, directory)

    assert page.select_one("#support-map") is None


# Each service's own page


def service_page(client, service):
    response = client.get(SupportDirectoryPage.objects.get().service_url(service))
    return response, BeautifulSoup(response.content, "html.parser")


def test_each_listed_service_links_to_its_own_page(client, directory):
    service = SupportServiceFactory(name="Knit and Natter")

    _, page = listed(client, directory)

    link = page.select_one(".lc-service-list__item h2 a")["href"]
    assert link == f"/find-local-support/{service.pk}-knit-and-natter/"


def test_a_service_page_shows_contact_when_where_cost_accessibility_and_last_checked(client, directory):
    service = SupportServiceFactory(
        name="Knit and Natter",
        phone="0116 000 0000",
        email="knit@example.org",
        opening_times="Tuesdays 2pm to 4pm",
        address="Village Hall, Main Street, Quorn",
        postcode="LE12 8AA",
        cost="£2 with tea",
        charge="paid",
        accessibility="Step-free entrance and a hearing loop",
    )

    response, page = service_page(client, service)

    assert response.status_code == 200
    text = page.select_one("main").get_text(" ", strip=True)
    assert page.select_one("h1").get_text(strip=True) == "Knit and Natter"
    for shown in (
        "0116 000 0000",
        "knit@example.org",
        "Tuesdays 2pm to 4pm",
        "Village Hall, Main Street, Quorn",
        "LE12 8AA",
        "£2 with tea",
        "Step-free entrance and a hearing loop",
        f"Information checked on {service.last_published_at:%-d %B %Y}",
    ):
        assert shown in text
    assert page.select_one(f'a[href="{directory.url}"]')
    assert page.select_one(f'a[href="{reverse("report_a_change_to_service", args=[service.pk])}"]')


@pytest.mark.parametrize("state", ["draft", "withdrawn", "missing"])
def test_a_service_not_published_has_no_page(client, directory, state):
    service = SupportServiceFactory(name="Hidden", published=state != "draft")
    if state == "withdrawn":
        service.unpublish()
    url = directory.service_url(service)
    if state == "missing":
        service.delete()

    assert client.get(url).status_code == 404


def test_a_renamed_service_redirects_from_its_old_address(client, directory):
    service = SupportServiceFactory(name="Old name")
    old_url = directory.service_url(service)
    service.name = "New name"
    service.save_revision().publish()

    response = client.get(old_url)

    assert response.status_code == 301
    assert response["Location"] == f"/find-local-support/{service.pk}-new-name/"


def test_the_old_search_address_of_a_service_redirects_to_its_page(client, directory):
    service = SupportServiceFactory(name="Knit and Natter")

    response = client.get(reverse("support_service", args=[service.pk]))

    assert response.status_code == 301
    assert response["Location"] == directory.service_url(service)


def test_an_anonymous_visitor_guessing_ids_sees_no_draft(client, directory):
    draft = SupportServiceFactory(name="Secret plan", published=False)

    for url in (f"/find-local-support/{draft.pk}-secret-plan/", f"/find-local-support/{draft.pk + 1000}-x/"):
        response = client.get(url)
        assert response.status_code == 404
        assert b"Secret plan" not in response.content


def test_services_without_a_slug_worth_the_name_still_get_a_page(client, directory):
    service = SupportServiceFactory(name="…")

    response, _ = service_page(client, service)

    assert response.status_code == 200


def test_search_results_link_services_to_their_directory_page(client, directory):
    service = SupportServiceFactory(name="Zebrafinch befriending", description="Calls from zebrafinches.")

    response = client.get(reverse("search"), {"query": "zebrafinch"})

    page = BeautifulSoup(response.content, "html.parser")
    hrefs = [a["href"] for a in page.select("main a")]
    assert directory.service_url(service) in hrefs


def test_a_withdrawn_service_leaves_the_anonymous_page_cache_at_once(client, directory):
    service = SupportServiceFactory(name="Closing soon")
    url = directory.service_url(service)
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    client.get(directory.url)
    assert "Closing soon" in client.get(directory.url).content.decode()

    service.unpublish()

    assert client.get(url).status_code == 404
    assert "Closing soon" not in client.get(directory.url).content.decode()


def test_an_unknown_place_with_a_district_chosen_still_says_so(client, directory):
    SupportServiceFactory(name="Charnwood")
    SupportServiceFactory(name="Melton", districts=["melton"])

    names, page = listed(client, directory, near="Atlantis", district="melton")

    assert names == ["Melton"]
    assert "We could not find “Atlantis”" in page.get_text()
    assert "every service is shown" not in page.get_text()

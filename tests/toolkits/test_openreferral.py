"""The Open Referral UK feed, read as a partner's directory (or an attacker) would read it."""

import uuid
from datetime import time
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home import gazetteer
from home.page_cache import private_sections
from libraries.models import CommunityLibraryPage, LibraryIndexPage, LibraryOpeningSession, LibraryService
from tests.toolkits.openreferral_schemas import response_schemas, validator
from toolkits.factories import SupportServiceFactory
from toolkits.models import ServiceDistrict, SupportCategory, SupportService
from toolkits.openreferral.ids import stable_id

API = "/api/openreferral"
UNKNOWN_ID = "0b5e3f4c-2d1a-4c8e-9f6a-7e3d2c1b0a99"  # fixed, so every test worker collects the same tests
# Every endpoint openapi.json names, with the schema it gives for the answer (or a list's items)
LIST_ENDPOINTS = {path: name for path, name in response_schemas().items() if "{" not in path}
DETAIL_ENDPOINTS = {path[: -len("/{id}")]: name for path, name in response_schemas().items() if "{" in path}
# openapi.json describes /service_at_locations/{id} with the service schema; it must meet its own too.
DETAIL_ENDPOINTS_OWN_SCHEMA = {"/service_at_locations": "compiled/service_at_location.json"}
PAGE_KEYS = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
}


@pytest.fixture(autouse=True)
def fresh_throttle_counts():
    cache.clear()


@pytest.fixture
def library(db):
    """A published library offering a café and computers, open Monday and Thursday mornings."""
    return publish_library("Feedtown Library", services=["cafe", "computers-and-wifi"])


def publish_library(title, *, services=(), live=True, postcode="LE12 9AB", point=("52.770000", "-1.200000")):
    page = CommunityLibraryPage(
        title=title,
        summary=f"{title}, an example library for tests.",
        address="1 Example Street",
        town="Feedtown",
        postcode=postcode,
        district="charnwood",
        latitude=Decimal(point[0]),
        longitude=Decimal(point[1]),
        phone="0116 000 0000",
        charity_number="1234567",
    )
    page.opening_sessions = [
        LibraryOpeningSession(weekday=0, opens=time(9, 30), closes=time(12, 0)),
        LibraryOpeningSession(weekday=3, opens=time(14, 0), closes=time(17, 0)),
    ]
    page.services = list(LibraryService.objects.filter(slug__in=services))
    LibraryIndexPage.objects.get().add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    else:
        page.unpublish()
    return CommunityLibraryPage.objects.get(pk=page.pk)


def get(client, path, **params):
    return client.get(f"{API}{path}", params)


def every_item(client, path, **params):
    page = get(client, path, per_page=100, **params).json()
    assert page["total_pages"] <= 1
    return page["contents"]


def ids(client, path, **params):
    return {item["id"] for item in every_item(client, path, **params)}


# Every endpoint answers in the profile's shape


@pytest.mark.parametrize("path", LIST_ENDPOINTS)
def test_every_list_endpoint_matches_the_profile_schema(client, library, path):
    SupportServiceFactory(
        organisation="Example Trust", phone="0116 111 1111", cost="Free", opening_times="Mon"
    )
    response = get(client, path, per_page=100)

    assert response.status_code == 200
    page = response.json()
    assert set(page) == PAGE_KEYS
    assert page["contents"], "each list has something in it to check"
    schema = validator(LIST_ENDPOINTS[path])
    for item in page["contents"]:
        assert not list(schema.iter_errors(item)), item


@pytest.mark.parametrize("path", DETAIL_ENDPOINTS)
def test_every_item_of_every_detail_endpoint_matches_the_profile_schema(client, library, path):
    SupportServiceFactory(
        organisation="Example Trust", phone="0116 111 1111", cost="Free", opening_times="Mon"
    )
    names = [DETAIL_ENDPOINTS[path], DETAIL_ENDPOINTS_OWN_SCHEMA.get(path)]
    schemas = [validator(name) for name in names if name]
    for item_id in ids(client, path):
        response = get(client, f"{path}/{item_id}")
        assert response.status_code == 200
        assert response.json()["id"] == item_id
        for schema in schemas:
            assert not list(schema.iter_errors(response.json())), response.json()


def test_every_endpoint_of_the_profile_is_checked():
    assert (
        set(LIST_ENDPOINTS)
        == set(DETAIL_ENDPOINTS)
        == {
            "/services",
            "/service_at_locations",
            "/taxonomies",
            "/taxonomy_terms",
        }
    )


def test_root_says_which_version_and_profile_it_follows(client, db):
    body = get(client, "/").json()

    assert body["version"] == "3.0"
    assert body["openapi_url"].endswith("openapi.json")


def test_a_support_service_carries_its_organisation_contacts_schedule_cost_and_areas(client, db):
    service = SupportServiceFactory(
        name="Example Lunch Club",
        organisation="Example Trust",
        phone="0116 222 2222",
        email="lunch@example.org",
        opening_times="Wednesdays, 12 to 2",
        cost="£3 for lunch",
        categories=["lunch-clubs"],
        districts=["charnwood", "melton"],
    )
    record = get(client, f"/services/{service.public_id}").json()

    assert record["organization"]["name"] == "Example Trust"
    assert record["contacts"][0]["phones"][0]["number"] == "0116 222 2222"
    assert record["schedules"][0]["description"] == "Wednesdays, 12 to 2"
    assert record["cost_options"][0]["amount_description"] == "£3 for lunch"
    assert [area["name"] for area in record["service_areas"]] == ["Charnwood", "Melton"]
    assert [a["taxonomy_term"]["name"] for a in record["attributes"]] == ["Lunch clubs and social groups"]


def test_a_library_offers_a_service_per_hub_service_at_its_location_with_its_opening_hours(client, library):
    services = every_item(client, "/services", search="Feedtown")
    assert [s["name"] for s in services] == [
        "Café at Feedtown Library",
        "Computers and wifi at Feedtown Library",
    ]

    record = get(client, f"/services/{services[0]['id']}").json()
    location = record["service_at_locations"][0]["location"]
    assert location["addresses"][0]["postal_code"] == "LE12 9AB"
    assert (location["latitude"], location["longitude"]) == (52.77, -1.2)
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in record["schedules"]] == [
        ("MO", "09:30", "12:00"),
        ("TH", "14:00", "17:00"),
    ]
    assert record["organization"]["organization_identifiers"][0]["identifier"] == "1234567"


# Paging


@pytest.fixture
def five_services(db):
    SupportService.objects.all().delete()
    CommunityLibraryPage.objects.all().delete()
    return [SupportServiceFactory(name=f"Example service {n}") for n in range(5)]


def test_pages_split_the_list_and_say_where_they_are(client, five_services):
    first = get(client, "/services", per_page=2).json()
    last = get(client, "/services", per_page=2, page=3).json()

    assert (first["total_items"], first["total_pages"], first["size"]) == (5, 3, 2)
    assert (first["first_page"], first["last_page"], first["empty"]) == (True, False, False)
    assert (last["page_number"], last["size"], last["first_page"], last["last_page"]) == (3, 1, False, True)
    names = [
        s["name"] for n in (1, 2, 3) for s in get(client, "/services", per_page=2, page=n).json()["contents"]
    ]
    assert names == [f"Example service {n}" for n in range(5)]


def test_a_page_past_the_last_is_empty_not_an_error(client, five_services):
    page = get(client, "/services", per_page=2, page=4).json()

    assert (page["size"], page["empty"], page["last_page"], page["contents"]) == (0, True, True, [])


@pytest.mark.parametrize(
    ("params", "message"), [({"page": 0}, "numbered from 1"), ({"per_page": 0}, "at least 1")]
)
def test_page_zero_and_empty_pages_are_refused_with_a_reason(client, five_services, params, message):
    response = get(client, "/services", **params)

    assert response.status_code == 400
    assert message in str(response.json())


@pytest.mark.parametrize(
    "params", [{"page": "two"}, {"page": ""}, {"per_page": "1.5"}, {"start_time": "9am"}]
)
def test_not_a_number_or_time_is_refused_with_a_reason(client, five_services, params):
    response = get(client, "/services", **params)

    assert response.status_code == 400
    assert set(response.json()) == set(params)


def test_more_than_100_per_page_gives_100(client, db):
    SupportService.objects.bulk_create(
        SupportService(name=f"Example {n}", description="An example.", live=True, public_id=uuid.uuid4())
        for n in range(101)
    )
    at_most = get(client, "/services", per_page=100).json()
    too_many = get(client, "/services", per_page=101).json()

    assert at_most["size"] == too_many["size"] == 100
    assert too_many["total_pages"] == at_most["total_pages"] > 1


# Filters


def test_text_search_finds_words_in_name_description_and_organisation(client, db):
    lunch = SupportServiceFactory(name="Example Quokka Lunch", organisation="Example Wombat Trust")
    walks = SupportServiceFactory(name="Example Walking Group", description="Quokka walks on Fridays.")

    assert ids(client, "/services", search="QUOKKA lunch") == {str(lunch.public_id)}
    assert ids(client, "/services", search="wombat trust") == {str(lunch.public_id)}
    assert ids(client, "/services", search="quokka") == {str(lunch.public_id), str(walks.public_id)}
    assert ids(client, "/services", search="nothing-called-this") == set()


def test_taxonomy_term_and_taxonomy_filters(client, library):
    carers = SupportServiceFactory(categories=["carers"])
    befriending = SupportServiceFactory(categories=["befriending"])
    carers_term = stable_id("taxonomy", "support-categories", "carers")
    cafe_term = stable_id("taxonomy", "library-services", "cafe")
    library_taxonomy = stable_id("taxonomy", "library-services")

    for_carers = ids(client, "/services", taxonomy_term_id=carers_term)
    assert str(carers.public_id) in for_carers
    assert str(befriending.public_id) not in for_carers
    cafes = every_item(client, "/services", taxonomy_term_id=cafe_term)
    assert "Café at Feedtown Library" in [s["name"] for s in cafes]
    in_libraries = every_item(client, "/services", taxonomy_id=library_taxonomy)
    assert in_libraries and all(" at " in s["name"] for s in in_libraries)
    assert str(carers.public_id) not in {s["id"] for s in in_libraries}


@pytest.mark.parametrize(
    ("params", "found"),
    [
        ({"day": "MO"}, True),
        ({"day": "monday"}, True),
        ({"day": "TU"}, False),
        ({"day": "MO", "start_time": "09:30"}, True),  # opens at 09:30: on the boundary
        ({"day": "MO", "start_time": "09:31"}, False),
        ({"day": "MO", "start_time": "09:30:00Z"}, True),  # the profile's way of writing times
        ({"day": "MO", "start_time": "09:31+01:00"}, False),
        ({"day": "TH", "end_time": "17:00"}, True),  # closes at 17:00: on the boundary
        ({"day": "TH", "end_time": "16:59"}, False),
    ],
)
def test_day_and_time_filters_read_the_opening_sessions(client, library, params, found):
    names = {s["name"] for s in every_item(client, "/services", search="Feedtown", **params)}

    assert ("Café at Feedtown Library" in names) is found


def test_an_unknown_day_is_refused_with_a_reason(client, db):
    response = get(client, "/services", day="Funday")

    assert response.status_code == 400
    assert "Monday" in str(response.json())


def test_proximity_keeps_services_within_that_many_metres_of_the_postcode(client, library):
    origin = gazetteer.find_place("LE12 9AB").point
    metres = gazetteer.distance_km(origin, library.point) * 1000

    inside = every_item(client, "/service_at_locations", postcode="LE12 9AB", proximity=metres + 1)
    outside = every_item(client, "/service_at_locations", postcode="LE12 9AB", proximity=max(metres - 1, 0))

    assert "Café at Feedtown Library" in [item["service"]["name"] for item in inside]
    assert "Café at Feedtown Library" not in [item["service"]["name"] for item in outside]


def test_a_postcode_alone_sorts_nearest_first(client, library):
    far = publish_library("Faraway Library", services=["cafe"], point=("52.500000", "-0.800000"))
    near_first = [
        item["service"]["name"] for item in every_item(client, "/service_at_locations", postcode="LE12 9AB")
    ]

    assert near_first.index("Café at Feedtown Library") < near_first.index(f"Café at {far.title}")


def test_an_unknown_postcode_is_refused_with_a_reason(client, db):
    response = get(client, "/service_at_locations", postcode="ZZ99 9ZZ", proximity=1000)

    assert response.status_code == 400
    assert "postcode" in response.json()


# Ids stay the same


def test_a_support_service_keeps_its_id_when_renamed_and_republished(client, db):
    service = SupportServiceFactory(name="Example Befriending")
    before = str(service.public_id)
    service.name = "Example Telephone Befriending"
    service.save_revision().publish()

    assert get(client, f"/services/{before}").json()["name"] == "Example Telephone Befriending"


def test_a_support_service_deleted_and_imported_again_keeps_its_id(client, db):
    service = SupportServiceFactory(name="Example Carers Group")
    before = str(service.public_id)
    service.delete()
    SupportServiceFactory(name="Example Carers Group")

    assert get(client, f"/services/{before}").status_code == 200


def test_two_services_given_the_same_name_get_different_ids(db):
    first = SupportServiceFactory(name="Example Club")
    second = SupportServiceFactory(name="Example Club")

    assert first.public_id != second.public_id


def test_a_library_edit_keeps_every_id(client, library):
    before = ids(client, "/service_at_locations") | ids(client, "/services")
    library.title = "Feedtown Community Library"
    library.phone = "0116 999 9999"
    library.save_revision().publish()

    after = ids(client, "/service_at_locations") | ids(client, "/services")
    assert before == after


# Only what is published, and public, ever leaves the site


def test_a_never_published_service_cannot_be_listed_or_guessed(client, db):
    draft = SupportServiceFactory(name="Example Secret Draft", published=False)

    assert "Example Secret Draft" not in str(get(client, "/services", per_page=100).json())
    assert get(client, f"/services/{draft.public_id}").status_code == 404


def test_a_draft_of_a_published_service_stays_unseen(client, db):
    service = SupportServiceFactory(name="Example Published", phone="0116 333 3333")
    service.phone = "0116 444 4444 (draft)"
    service.save_revision()

    body = get(client, f"/services/{service.public_id}").content.decode()
    assert "0116 333 3333" in body
    assert "draft" not in body


def test_an_unpublished_service_disappears(client, db):
    service = SupportServiceFactory(name="Example Closing")
    service.unpublish()

    assert get(client, f"/services/{service.public_id}").status_code == 404


def library_ids(library, service_slug):
    return {
        "/services": stable_id("library", library.slug, "service", service_slug),
        "/service_at_locations": stable_id("library", library.slug, "service", service_slug, "at-location"),
    }


@pytest.mark.parametrize("path", ["/services", "/service_at_locations"])
def test_a_draft_library_cannot_be_listed_or_guessed(client, db, path):
    draft = publish_library("Example Draft Library", services=["cafe"], live=False)

    assert "Example Draft Library" not in str(every_item(client, path))
    assert get(client, f"{path}/{library_ids(draft, 'cafe')[path]}").status_code == 404


@pytest.mark.parametrize("path", ["/services", "/service_at_locations"])
def test_a_private_library_cannot_be_listed_or_guessed(client, library, path):
    PageViewRestriction.objects.create(page=library, restriction_type=PageViewRestriction.LOGIN)

    assert "Feedtown" not in str(every_item(client, path))
    assert get(client, f"{path}/{library_ids(library, 'cafe')[path]}").status_code == 404


@pytest.mark.parametrize("guess", ["1", "not-a-uuid", UNKNOWN_ID, "%00", "x" * 300])
@pytest.mark.parametrize("path", DETAIL_ENDPOINTS)
def test_guessed_ids_are_not_found(client, db, path, guess):
    response = get(client, f"{path}/{guess}")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


# Open to everyone, within reason


@pytest.mark.parametrize("path", ["/", *LIST_ENDPOINTS, f"/services/{UNKNOWN_ID}"])
def test_any_web_page_may_read_the_feed(client, db, path):
    response = client.get(f"{API}{path}", headers={"Origin": "https://directory.example.org"})

    assert response["Access-Control-Allow-Origin"] == "*"


def test_the_rest_of_the_site_is_not_opened_to_other_origins(client, db):
    response = client.get("/api/libraries.json", headers={"Origin": "https://directory.example.org"})

    assert "Access-Control-Allow-Origin" not in response


def test_answers_may_be_cached_for_a_while_but_errors_may_not(client, db):
    assert get(client, "/services")["Cache-Control"] == "public, max-age=300"
    assert get(client, "/services", page=0)["Cache-Control"] == "no-store"


def test_too_many_requests_from_one_client_are_refused_but_others_still_get_through(client, db, settings):
    settings.OPENREFERRAL_THROTTLE_RATE = "3/min"
    statuses = [get(client, "/taxonomies").status_code for _ in range(4)]
    other = client.get(f"{API}/taxonomies", REMOTE_ADDR="192.0.2.7")

    assert statuses == [200, 200, 200, 429]
    assert other.status_code == 200


def test_no_key_or_sign_in_is_needed(client, db):
    response = get(client, "/services")

    assert response.status_code == 200
    assert "Set-Cookie" not in str(response.cookies) and not response.cookies


# The number of queries does not grow with the directory


def add_content(count, start=0):
    befriending = SupportCategory.objects.get(slug="befriending")
    charnwood = ServiceDistrict.objects.get(slug="charnwood")
    for n in range(start, start + count):
        service = SupportService.objects.create(
            name=f"Example scaled {n}", description="An example.", live=True, public_id=uuid.uuid4()
        )
        service.categories.add(befriending)
        service.districts.add(charnwood)
        publish_library(f"Example Library {n}", services=["cafe", "parking"])


@pytest.mark.parametrize("path", ["/services", "/service_at_locations", "/taxonomy_terms"])
def test_query_count_does_not_grow_with_the_number_of_services(client, db, path, django_assert_num_queries):
    add_content(2)
    get(client, path)  # the site's root paths and such, cached once per process
    with CaptureQueriesContext(connection) as few:
        get(client, path, per_page=100)
    add_content(8, start=2)
    private_sections.restricted_paths()  # cached once per change to the site, as the first get did
    with django_assert_num_queries(len(few.captured_queries)):
        page = get(client, path, per_page=100).json()
    assert page["total_items"] > 0

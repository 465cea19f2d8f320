"""A resident narrows the list of libraries by district, service, "open now" and distance."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from libraries.models import CommunityLibraryPage

pytestmark = pytest.mark.django_db


def listed(client, index, **params):
    response = client.get(index.url, params)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in page.select(".lc-library-list__item h3 a")], page


@pytest.fixture
def only_test_libraries(library_index):
    """Take the demo libraries out of the index, so each test sees just its own."""
    for library in CommunityLibraryPage.objects.child_of(library_index):
        library.unpublish()
    return library_index


def test_filter_by_district_and_service(client, only_test_libraries, make_library):
    make_library("Charnwood Café", district="charnwood", services=["cafe"])
    make_library("Charnwood Work Club", district="charnwood", services=["work-club"])
    make_library("Melton Café", district="melton", services=["cafe"])

    names, page = listed(client, only_test_libraries, district="charnwood", service="cafe")

    assert names == ["Charnwood Café"]
    assert "1 library of 3" in page.select_one("#library-results").get_text()


def test_open_now_shows_only_libraries_open_at_this_moment(client, only_test_libraries, make_library):
    make_library("Never Closes", hours={day: ["00:00-00:00"] for day in range(7)})  # midnight to midnight
    make_library("Never Opens")

    names, _ = listed(client, only_test_libraries, open_now="1")

    assert names == ["Never Closes"]


def test_near_a_town_orders_by_distance_from_that_town(client, only_test_libraries, make_library):
    make_library(
        "Far Away", town="Market Harborough", latitude=Decimal("52.4776"), longitude=Decimal("-0.9205")
    )
    make_library("In Shepshed", town="Shepshed", latitude=Decimal("52.7637"), longitude=Decimal("-1.2936"))
    make_library("Next Door", town="Hathern", latitude=Decimal("52.7960"), longitude=Decimal("-1.2550"))

    names, page = listed(client, only_test_libraries, near="shepshed")

    assert names == ["In Shepshed", "Next Door", "Far Away"]
    assert "nearest to shepshed first" in page.select_one("#library-results").get_text()
    assert "km away" in page.select(".lc-library-list__item")[1].get_text()


def test_near_a_postcode_district_uses_the_libraries_in_it(client, only_test_libraries, make_library):
    make_library(
        "Loughborough One", postcode="LE11 1AA", latitude=Decimal("52.772"), longitude=Decimal("-1.206")
    )
    make_library(
        "Harborough One", postcode="LE16 7AA", latitude=Decimal("52.477"), longitude=Decimal("-0.920")
    )

    names, _ = listed(client, only_test_libraries, near="le11")

    assert names[0] == "Loughborough One"


def test_browser_location_orders_by_distance(client, only_test_libraries, make_library):
    make_library("North", latitude=Decimal("52.84"), longitude=Decimal("-1.34"))
    make_library("South", latitude=Decimal("52.48"), longitude=Decimal("-0.92"))

    names, page = listed(client, only_test_libraries, latitude="52.50", longitude="-0.95")

    assert names == ["South", "North"]
    assert "nearest to your location" in page.select_one("#library-results").get_text()


def test_an_unknown_place_says_so_and_still_lists_every_library(client, only_test_libraries, make_library):
    make_library("Somewhere")

    names, page = listed(client, only_test_libraries, near="Atlantis")

    assert names == ["Somewhere"]
    assert "We could not find “Atlantis” in or near Leicestershire" in page.get_text()


def test_nonsense_filter_values_are_ignored_not_fatal(client, only_test_libraries, make_library):
    make_library("Still Listed")

    names, _ = listed(client, only_test_libraries, district="atlantis", latitude="north", service="<b>")

    assert names == ["Still Listed"]


def test_finder_remembers_the_choices_made(client, only_test_libraries):
    _, page = listed(client, only_test_libraries, near="Anstey", district="melton", open_now="1")

    assert page.select_one("input[name=near]")["value"] == "Anstey"
    assert page.select_one("select[name=district] option[selected]")["value"] == "melton"
    assert page.select_one("input[name=open_now]").has_attr("checked")


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_index_query_count_does_not_grow_with_the_number_of_libraries(
    client, only_test_libraries, make_library
):
    def add_libraries(count):
        for number in range(count):
            make_library(
                f"Library {number:02d}",
                services=["cafe", "work-club"],
                hours={0: ["10:00-12:00"], 3: ["14:00-16:00"]},
            )

    add_libraries(5)
    with_five = count_queries(client, only_test_libraries.url)
    add_libraries(45)
    with_fifty = count_queries(client, only_test_libraries.url)

    assert with_fifty == with_five


def three_libraries_across_the_county(make_library):
    make_library("North West", town="Coalville", postcode="LE67 3AA", latitude=Decimal("52.7225"),
                 longitude=Decimal("-1.3702"))  # fmt: skip
    make_library("Charnwood", town="Loughborough", postcode="LE11 9ZZ", latitude=Decimal("52.7721"),
                 longitude=Decimal("-1.2064"))  # fmt: skip
    make_library("Harborough", town="Market Harborough", postcode="LE16 9ZZ", latitude=Decimal("52.4776"),
                 longitude=Decimal("-0.9205"))  # fmt: skip


@pytest.mark.parametrize(
    ("near", "nearest"),
    [
        ("LE11 9ZZ", "Charnwood"),  # a library's own full postcode
        ("le12 8py", "Charnwood"),  # a full postcode in a district with no library
        ("Quorn", "Charnwood"),  # a village without a library
        ("Hinckley", "North West"),
        ("Coalville", "North West"),
        ("Melton Mowbray", "Charnwood"),
        ("Lutterworth", "Harborough"),
        ("LE12", "Charnwood"),  # the hint's own example
        ("Charnwood", "Charnwood"),  # a district
    ],
)
def test_near_any_town_village_district_or_postcode_lists_the_nearest_first(
    client, only_test_libraries, make_library, near, nearest
):
    three_libraries_across_the_county(make_library)

    names, page = listed(client, only_test_libraries, near=near)

    assert names[0] == nearest
    assert "We could not find" not in page.get_text()
    assert "km away" in page.select(".lc-library-list__item")[0].get_text()


def test_a_library_with_its_own_postcode_typed_is_listed_first_at_no_distance(
    client, only_test_libraries, make_library
):
    three_libraries_across_the_county(make_library)
    make_library("Also LE11", postcode="LE11 1AA", latitude=Decimal("52.7700"), longitude=Decimal("-1.2000"))

    names, page = listed(client, only_test_libraries, near="LE11 9ZZ")

    assert names[0] == "Charnwood"
    assert "0.0 km away" in page.select(".lc-library-list__item")[0].get_text()


def test_the_finder_hint_and_the_not_found_message_give_examples_that_work(client, only_test_libraries):
    _, page = listed(client, only_test_libraries, near="Atlantis")
    hint = page.select_one("#id_near-hint").get_text()
    message = page.select_one(".govuk-inset-text").get_text()

    examples = [word.strip(".,") for word in (hint + " " + message).split() if word[:2] in {"LE", "CV", "DE"}]
    assert examples
    from home.gazetteer import find_place

    for example in examples:
        assert find_place(example), example


def test_a_library_without_coordinates_is_placed_by_its_town_on_the_map_and_near_me(
    client, only_test_libraries, make_library
):
    three_libraries_across_the_county(make_library)
    make_library("No Coordinates", town="Shepshed", postcode="LE12 9AB", latitude=None, longitude=None)

    names, page = listed(client, only_test_libraries, near="Shepshed")

    assert names[0] == "No Coordinates"
    item = page.select(".lc-library-list__item")[0]
    assert item.has_attr("data-latitude") and "km away" in item.get_text()


def test_a_library_without_coordinates_in_an_unknown_town_is_placed_by_its_postcode(
    client, only_test_libraries, make_library
):
    three_libraries_across_the_county(make_library)
    make_library("Hamlet", town="Nowhere Green", postcode="LE17 4AA", latitude=None, longitude=None)

    names, _ = listed(client, only_test_libraries, near="Lutterworth")

    assert names[0] == "Hamlet"

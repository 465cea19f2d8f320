"""The county gazetteer: what a resident types is turned into a place, a district and a point."""

import csv

import pytest

from home.districts import District
from home.gazetteer import find_place
from home.gazetteer.build import COUNTY_PLACES_CSV, DATA, PLACES_CSV, gazetteer_csv
from home.gazetteer.geometry import Point, distance_km


def rows(path):
    with path.open(encoding="utf-8") as file:
        return list(csv.DictReader(file))


def test_the_shipped_extract_matches_the_installed_geonames_package():
    assert PLACES_CSV.read_text(encoding="utf-8") == gazetteer_csv(), "run manage.py build_gazetteer"


def test_every_county_place_is_in_the_extract_with_a_real_district():
    extract = {row["name"]: row for row in rows(PLACES_CSV)}
    for place in rows(COUNTY_PLACES_CSV):
        assert place["name"] in extract
        assert extract[place["name"]]["district"] in District.values


def test_every_district_has_towns_and_every_postcode_district_names_known_places():
    towns = {row["name"] for row in rows(PLACES_CSV)}
    districts_with_towns = {row["district"] for row in rows(PLACES_CSV) if row["district"]}
    assert districts_with_towns == set(District.values)
    for row in rows(DATA / "postcode_districts.csv"):
        assert set(row["places"].split(";")) <= towns, row["postcode_district"]


@pytest.mark.parametrize("code", [f"LE{n}" for n in range(1, 20)] + ["LE65", "LE67"])
def test_every_leicestershire_postcode_district_is_placed(code):
    place = find_place(code)
    assert place.kind == "postcode district"
    assert distance_km(place.point, Point(52.67, -1.13)) < 45  # within the county's reach of Leicester


@pytest.mark.parametrize("typed", ["LE12 9AB", "le12 9ab", "LE129AB", " le12  9ab ", "Le12 9Ab"])
def test_a_full_postcode_typed_any_way_is_placed_in_its_postcode_district(typed):
    place = find_place(typed)
    assert (place.kind, place.name) == ("postcode", "LE12 9AB")
    assert place.point == find_place("LE12").point
    assert place.district == "charnwood"


@pytest.mark.parametrize("typed", ["SW1A 1AA", "SW1A", "M1 1AD", "LE99 9ZZ"])
def test_postcodes_that_do_not_serve_the_county_are_not_placed(typed):
    assert find_place(typed) is None


@pytest.mark.parametrize(
    ("typed", "name", "district"),
    [
        ("Quorn", "Quorndon", "charnwood"),  # a village without a library, by the name people use
        ("Hinckley", "Hinckley", "hinckley-and-bosworth"),
        ("coalville", "Coalville", "north-west-leicestershire"),
        ("MELTON MOWBRAY", "Melton Mowbray", "melton"),
        ("ashby de la zouch", "Ashby-de-la-Zouch", "north-west-leicestershire"),
        ("Ashby", "Ashby-de-la-Zouch", "north-west-leicestershire"),
        ("Barwell", "Barwell", "hinckley-and-bosworth"),  # one GeoNames' extract leaves out
        ("Wigston", "Wigston Magna", "oadby-and-wigston"),
    ],
)
def test_towns_and_villages_are_found_by_their_everyday_names(typed, name, district):
    place = find_place(typed)
    assert (place.name, place.district, place.kind) == (name, district, "town")


@pytest.mark.parametrize("district", list(District))
def test_each_district_is_found_by_its_name_and_placed_among_its_towns(district):
    place = find_place(district.label)
    assert (place.kind, place.district) == ("district", district.value)
    towns = [row for row in rows(PLACES_CSV) if row["district"] == district.value]
    nearest_town = min(
        distance_km(place.point, Point(float(t["latitude"]), float(t["longitude"]))) for t in towns
    )
    assert nearest_town < 10


def test_hinckley_and_bosworth_is_found_with_and_or_ampersand():
    assert find_place("hinckley and bosworth") == find_place("Hinckley & Bosworth")


def test_a_place_outside_the_county_is_placed_but_has_no_district():
    leicester = find_place("Leicester")
    assert leicester.kind == "town" and leicester.district == ""


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Shepshd", "Shepshed"),  # 7 letters, one letter out
        ("Sileb", "Sileby"),  # five letters, one out
        ("Loughbrough", "Loughborough"),  # 11 letters, one out
        ("Loughbrogh", "Loughborough"),  # two out, allowed at nine letters or more
        ("Loughbrgh", None),  # three out: not a guess worth making
        ("Hinkley", "Hinckley"),  # seven letters, one out
        ("Hinkly", None),  # six letters, two out: one is the limit below nine
        ("Syson", "Syston"),  # five letters, one out
        ("Sysn", None),  # four letters: too short to guess
        ("Atlantis", None),
    ],
)
def test_misspelt_names_are_forgiven_within_limits(typed, expected):
    place = find_place(typed)
    assert (place.name if place else None) == expected


@pytest.mark.parametrize("typed", ["", "   ", "!!!", "x" * 500, "Лестер", "<script>", "LE", "12 9AB"])
def test_input_that_names_no_place_finds_nothing_without_failing(typed):
    assert find_place(typed) is None

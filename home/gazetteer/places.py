"""Find a place from what a resident types: a town or village, a district, a postcode or its first half."""

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from home.districts import District
from home.postcodes import OUTWARD_CODE_PATTERN, POSTCODE_PATTERN, normalise_postcode, outward_code

from .build import DATA, PLACES_CSV
from .geometry import Point, centre

ATTRIBUTION = "Place locations from GeoNames (geonames.org), licensed under CC BY 4.0."

# A name of five letters or more may be one letter out ("Lutterwoth"), of nine or more two ("Loughbrough").
TYPO_ALLOWANCE = ((9, 2), (5, 1))


@dataclass(frozen=True)
class Place:
    name: str
    point: Point
    district: str = ""  # a District value, or "" for places outside the county
    kind: str = "town"  # "town", "district", "postcode district" or "postcode"
    population: int = 0

    @property
    def district_label(self):
        return District(self.district).label if self.district else ""


def name_key(text):
    """How names are compared: "Ashby-de-la-Zouch", "ashby de la zouch" and "Ashby de la Zouch" agree."""
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().casefold()
    folded = folded.replace("&", " and ")
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded).split())


@dataclass(frozen=True)
class Gazetteer:
    by_name: dict  # name_key -> Place
    by_postcode_district: dict  # "LE12" -> Place

    def find(self, text):
        compact = re.sub(r"\s+", "", text or "").upper()
        if POSTCODE_PATTERN.match(compact) or OUTWARD_CODE_PATTERN.match(compact):
            return self.postcode(compact)
        key = name_key(text)
        if not key:
            return None
        return self.by_name.get(key) or self._closest_name(key)

    def postcode(self, text):
        """The place of a full postcode or of a postcode district (its first half), or None."""
        compact = re.sub(r"\s+", "", text or "").upper()
        if OUTWARD_CODE_PATTERN.match(compact):
            return self.by_postcode_district.get(compact)
        if not POSTCODE_PATTERN.match(compact):
            return None
        postcode = normalise_postcode(compact)
        district = self.by_postcode_district.get(outward_code(postcode))
        if district is None:
            return None
        return Place(postcode, district.point, district.district, "postcode", district.population)

    def _closest_name(self, key):
        allowance = next((edits for length, edits in TYPO_ALLOWANCE if len(key) >= length), 0)
        if not allowance:
            return None
        match = process.extractOne(
            key, self.by_name.keys(), scorer=DamerauLevenshtein.distance, score_cutoff=allowance
        )
        return self.by_name[match[0]] if match else None


@cache
def gazetteer():
    towns = _read_towns()
    by_name = {}
    for town in sorted(towns.values(), key=lambda t: t.population):  # a bigger place keeps a shared name
        by_name[name_key(town.name)] = town
    for district in District:
        members = [t for t in towns.values() if t.district == district.value]
        point = centre([(t.point, t.population) for t in members])
        by_name[name_key(district.label)] = Place(
            district.label, point, district.value, "district", sum(t.population for t in members)
        )
    for name, town in _other_names(towns):
        by_name.setdefault(name_key(name), town)
    return Gazetteer(by_name=by_name, by_postcode_district=_read_postcode_districts(towns))


def _read_towns():
    with PLACES_CSV.open(encoding="utf-8") as file:
        return {
            row["name"]: Place(
                name=row["name"],
                point=Point(float(row["latitude"]), float(row["longitude"])),
                district=row["district"],
                population=int(row["population"]),
            )
            for row in csv.DictReader(file)
        }


def _other_names(towns):
    with PLACES_CSV.open(encoding="utf-8") as file:
        for row in csv.DictReader(file):
            for name in filter(None, row["also_known_as"].split(";")):
                yield name, towns[row["name"]]


def _read_postcode_districts(towns):
    with (DATA / "postcode_districts.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    found = {}
    for row in rows:
        members = [towns[name] for name in row["places"].split(";")]
        in_county = [t for t in members if t.district]
        biggest = max(in_county or members, key=lambda t: t.population)
        found[row["postcode_district"]] = Place(
            name=row["postcode_district"],
            point=centre([(t.point, t.population) for t in members]),
            district=biggest.district,
            kind="postcode district",
            population=sum(t.population for t in members),
        )
    return found


def county_place_names():
    """The names, everyday ones too, of the towns and villages in the county's districts (as compared)."""
    return sorted(
        key for key, place in gazetteer().by_name.items() if place.kind == "town" and place.district
    )


def place_named(text):
    """The town, village or district with exactly this name (no postcodes, no guessing), or None."""
    return gazetteer().by_name.get(name_key(text))


def postcode_place(text):
    """Where a postcode ("LE12 9AB") or postcode district ("LE12") is, or None (no names, no guessing)."""
    return gazetteer().postcode(text)


def find_place(text):
    """The place a resident means, or None: "Quorn", "LE12", "le12 9ab", "Charnwood", "Loughbrough"."""
    return gazetteer().find(text)

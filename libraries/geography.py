"""Distances and "near me" places, from the libraries' own data (no national postcode dataset ships)."""

import math
from dataclasses import dataclass

from home.postcodes import looks_like_outward_code, outward_code

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


def distance_km(a, b):
    """Great-circle distance (haversine): accurate to metres at county scale."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def locate_place(text, libraries):
    """The point a resident means by a town, village or postcode district, judged from the libraries.

    "LE12" matches libraries whose postcode starts LE12; "Shepshed" matches libraries in that town or
    village. The answer is the middle of the matching libraries, or None when nothing matches.
    """
    wanted = " ".join((text or "").split()).casefold()
    if not wanted:
        return None
    if looks_like_outward_code(wanted):
        code = wanted.replace(" ", "").upper()
        matches = [lib for lib in libraries if outward_code(lib.postcode) == code]
    else:
        matches = [lib for lib in libraries if lib.town.casefold() == wanted]
        matches = matches or [lib for lib in libraries if wanted in lib.town.casefold()]
    points = [lib.point for lib in matches if lib.point]
    if not points:
        return None
    return Point(
        sum(p.latitude for p in points) / len(points),
        sum(p.longitude for p in points) / len(points),
    )

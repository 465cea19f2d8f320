"""Points on the map and the distances between them."""

import math
from dataclasses import dataclass

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


def centre(points_and_weights):
    """The weighted middle of some points: [(Point, weight), ...] -> Point."""
    total = sum(weight for _, weight in points_and_weights)
    return Point(
        round(sum(p.latitude * w for p, w in points_and_weights) / total, 5),
        round(sum(p.longitude * w for p, w in points_and_weights) / total, 5),
    )

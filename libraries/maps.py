"""What the library maps (the finder's and the editor's location picker) need to draw themselves."""

from django.conf import settings
from django.templatetags.static import static


def map_settings():
    return {
        "tileUrl": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        # Leaflet finds its marker images beside leaflet.css by that file's name, which production's
        # fingerprinted static file names break: name each image through the static storage instead.
        "markerIcons": {
            "iconUrl": static("dist/leaflet/images/marker-icon.png"),
            "iconRetinaUrl": static("dist/leaflet/images/marker-icon-2x.png"),
            "shadowUrl": static("dist/leaflet/images/marker-shadow.png"),
        },
        # Loaded only when a resident asks for a listing's map.
        "leaflet": {
            "script": static("dist/leaflet/leaflet.js"),
            "stylesheet": static("dist/leaflet/leaflet.css"),
        },
    }

"""The library finder: filters, "open now" and "near me" over the live libraries of an index page."""

import hashlib
from dataclasses import dataclass, field

from django import forms
from django.template.defaultfilters import floatformat

from home import gazetteer
from home.districts import District
from home.postcodes import normalise_postcode
from libraries.models.services import LibraryService


class LibraryFinderForm(forms.Form):
    """What a resident can ask the finder. Every field is optional; bad values are ignored, not fatal."""

    near = forms.CharField(
        required=False,
        max_length=60,
        label="Near a town, village or postcode",
        help_text="For example Quorn, Hinckley or LE12 9AB",
    )
    district = forms.ChoiceField(required=False, choices=[("", "All districts"), *District.choices])
    service = forms.ChoiceField(required=False, label="Offering")
    open_now = forms.BooleanField(required=False, label="Open now")
    latitude = forms.FloatField(required=False, min_value=-90, max_value=90, widget=forms.HiddenInput)
    longitude = forms.FloatField(required=False, min_value=-180, max_value=180, widget=forms.HiddenInput)

    def __init__(self, *args, services=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].choices = [("", "Any service"), *((s.slug, s.name) for s in services)]


@dataclass
class LibraryListing:
    page: object
    status: object
    notices: list = field(default_factory=list)
    distance_km: float | None = None

    def cache_key(self):
        """Names what its markup shows besides the library's own page (a change to which purges the
        rows): its "Open now", its notices and its distance, so each of those changed makes another row."""
        notices = [(notice.pk, notice.message, notice.closes_the_library) for notice in self.notices]
        distance = None if self.distance_km is None else floatformat(self.distance_km, 1)
        shown = repr((self.status, notices, distance)).encode()
        return f"{self.page.pk}:{hashlib.sha256(shown).hexdigest()[:16]}"


@dataclass
class FinderResult:
    listings: list
    total: int
    origin: object = None
    origin_label: str = ""
    messages: list = field(default_factory=list)


def find_libraries(libraries, form, now=None):
    """Apply the finder's filters to the libraries and order them, nearest first when a place is given."""
    data = form.cleaned_data if form.is_valid() else {}
    libraries = list(libraries)
    total = len(libraries)
    messages = []

    origin, origin_label = None, ""
    if data.get("latitude") is not None and data.get("longitude") is not None:
        origin, origin_label = gazetteer.Point(data["latitude"], data["longitude"]), "your location"
    elif data.get("near"):
        origin = locate(data["near"], libraries)
        origin_label = data["near"]
        if origin is None:
            messages.append(
                f"We could not find “{data['near']}” in or near Leicestershire. Try the name of a town or "
                "village, or a postcode such as LE12 9AB."
            )

    if data.get("district"):
        libraries = [lib for lib in libraries if lib.district == data["district"]]
    if data.get("service"):
        libraries = [lib for lib in libraries if data["service"] in {s.slug for s in lib.services.all()}]

    listings = [
        LibraryListing(page=lib, status=lib.opening_status(now), notices=lib.notices_in_force(now))
        for lib in libraries
    ]
    if data.get("open_now"):
        listings = [listing for listing in listings if listing.status.is_open]

    if origin is not None:
        for listing in listings:
            point = listing.page.point
            listing.distance_km = gazetteer.distance_km(origin, point) if point else None
        listings.sort(key=lambda item: (item.distance_km is None, item.distance_km or 0, item.page.title))

    return FinderResult(
        listings=listings, total=total, origin=origin, origin_label=origin_label, messages=messages
    )


def locate(text, libraries):
    """The point a resident means: a library's own postcode exactly, else the gazetteer's place."""
    postcode = normalise_postcode(text)
    own = next((lib.point for lib in libraries if lib.postcode == postcode and lib.has_coordinates), None)
    if own:
        return own
    place = gazetteer.find_place(text)
    return place.point if place else None


def services_in_use():
    return LibraryService.objects.filter(libraries__live=True).distinct()

"""The Open Referral UK endpoints: public GETs, no key, throttled per client, cacheable, JSON only.

Bad query values (page=0, per_page=abc, an unknown postcode) get a 400 saying what to send instead.
"""

import math
import re

from django.conf import settings
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from home import gazetteer
from libraries.opening_hours import DAY_NAMES
from toolkits.openreferral import directory, mapping

PROFILE_URL = "https://openreferraluk.org/"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json"
# "MO" or "Monday", in any case
WEEKDAYS = {day: n for n, day in enumerate(mapping.ICAL_DAYS)} | {
    n.upper(): i for i, n in enumerate(DAY_NAMES)
}


class PerClientThrottle(AnonRateThrottle):
    """Requests per client address (behind NUMBER_OF_PROXIES proxies), counted in the shared cache."""

    scope = "openreferral"

    def get_rate(self):
        return settings.OPENREFERRAL_THROTTLE_RATE


class OpenReferralView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    throttle_classes = [PerClientThrottle]

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            response["Cache-Control"] = f"public, max-age={settings.OPENREFERRAL_CACHE_SECONDS}"
        else:
            response["Cache-Control"] = "no-store"
        return response


class ListQuery(serializers.Serializer):
    page = serializers.IntegerField(
        required=False, default=1, min_value=1, error_messages={"min_value": "Pages are numbered from 1."}
    )
    per_page = serializers.IntegerField(
        required=False,
        default=50,
        min_value=1,
        error_messages={"min_value": "Ask for at least 1 result per page."},
    )

    def validate_per_page(self, value):
        return min(value, settings.OPENREFERRAL_MAX_PER_PAGE)  # more than the most is the most


class WallClockTimeField(serializers.TimeField):
    """A time like 09:30, 09:30:00 or, as the profile writes them, 09:30Z or 09:30+01:00. Opening
    hours are Leicestershire's own wall-clock times, so an offset is read past rather than converted."""

    def __init__(self, **kwargs):
        super().__init__(input_formats=["%H:%M", "%H:%M:%S", "%H:%M:%S.%f"], **kwargs)

    def to_internal_value(self, value):
        return super().to_internal_value(re.sub(r"(Z|[+-]\d\d:?\d\d)$", "", str(value).strip()))


class ServiceQuery(ListQuery):
    search = serializers.CharField(required=False, allow_blank=True, max_length=200, trim_whitespace=True)
    taxonomy_term_id = serializers.CharField(required=False, allow_blank=True, max_length=100)
    taxonomy_id = serializers.CharField(required=False, allow_blank=True, max_length=100)
    minimum_age = serializers.FloatField(required=False)  # accepted; no service records ages yet
    maximum_age = serializers.FloatField(required=False)
    start_time = WallClockTimeField(required=False)
    end_time = WallClockTimeField(required=False)
    day = serializers.CharField(required=False, allow_blank=True, max_length=20)

    def validate_day(self, value):
        if value and value.strip().upper() not in WEEKDAYS:
            raise serializers.ValidationError(
                "Give a day as MO, TU, WE, TH, FR, SA, SU or its name, e.g. Monday."
            )
        return WEEKDAYS.get(value.strip().upper())


class ServiceAtLocationQuery(ServiceQuery):
    postcode = serializers.CharField(required=False, allow_blank=True, max_length=20)
    proximity = serializers.FloatField(required=False, min_value=0)

    def validate_postcode(self, value):
        if not value.strip():
            return None
        place = gazetteer.find_place(value)
        if place is None or place.kind not in ("postcode", "postcode district"):
            raise serializers.ValidationError(
                "We could not find that postcode in or near Leicestershire. Try one like LE1 6ZG."
            )
        return place.point

    def validate(self, values):
        if values.get("proximity") is not None and not values.get("postcode"):
            raise serializers.ValidationError({"proximity": "Give a postcode to measure the distance from."})
        return values


def checked(query_class, request):
    # A plain dict, so that "page=" is refused as not a number rather than read as no page at all.
    query = query_class(data=request.query_params.dict())
    if not query.is_valid():
        raise ValidationError(query.errors)
    return query.validated_data


def page_of(items, query):
    """The profile's page object around one page of items (a page past the last is empty, not an error)."""
    per_page, number = query["per_page"], query["page"]
    total_pages = math.ceil(len(items) / per_page)
    contents = items[(number - 1) * per_page : number * per_page]
    return {
        "total_items": len(items),
        "total_pages": total_pages,
        "page_number": number,
        "size": len(contents),
        "first_page": number == 1,
        "last_page": number >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


def filtered(services, query):
    if query.get("search"):
        services = directory.matching_text(services, query["search"])
    if query.get("taxonomy_term_id"):
        services = directory.with_term(services, query["taxonomy_term_id"])
    if query.get("taxonomy_id"):
        services = directory.in_taxonomy(services, query["taxonomy_id"])
    times = [query.get("day"), query.get("start_time"), query.get("end_time")]
    if any(value is not None for value in times):
        services = directory.open_at(services, *times)
    if query.get("postcode"):
        services = directory.near(services, query["postcode"], query.get("proximity"))
    return services


class Root(OpenReferralView):
    def get(self, request):
        return Response({"version": "3.0", "profile": PROFILE_URL, "openapi_url": OPENAPI_URL})


class Services(OpenReferralView):
    def get(self, request):
        query = checked(ServiceQuery, request)
        services = filtered(directory.published_services(request), query)
        return Response(page_of([mapping.service_summary(item.record) for item in services], query))


class Service(OpenReferralView):
    def get(self, request, id):
        for item in directory.published_services(request):
            if item.record["id"] == id:
                return Response(item.record)
        raise NotFound("There is no published service with that id.")


class ServiceAtLocations(OpenReferralView):
    def get(self, request):
        query = checked(ServiceAtLocationQuery, request)
        services = filtered(directory.published_services(request), query)
        contents = [
            mapping.service_at_location_summary(item.record, at_location)
            for item in services
            for at_location in item.record.get("service_at_locations", [])
        ]
        return Response(page_of(contents, query))


class ServiceAtLocation(OpenReferralView):
    def get(self, request, id):
        for item in directory.published_services(request):
            for at_location in item.record.get("service_at_locations", []):
                if at_location["id"] == id:
                    return Response(mapping.service_at_location_full(item.record, at_location))
        raise NotFound("There is no published service at a location with that id.")


class Taxonomies(OpenReferralView):
    def get(self, request):
        return Response(page_of(mapping.TAXONOMIES, checked(ListQuery, request)))


class Taxonomy(OpenReferralView):
    def get(self, request, id):
        for taxonomy in mapping.TAXONOMIES:
            if taxonomy["id"] == id:
                return Response(taxonomy)
        raise NotFound("There is no taxonomy with that id.")


class TaxonomyTerms(OpenReferralView):
    def get(self, request):
        return Response(page_of(directory.taxonomy_terms(), checked(ListQuery, request)))


class TaxonomyTerm(OpenReferralView):
    def get(self, request, id):
        for term in directory.taxonomy_terms():
            if term["id"] == id:
                return Response(term)
        raise NotFound("There is no taxonomy term with that id.")

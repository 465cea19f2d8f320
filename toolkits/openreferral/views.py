"""The Open Referral UK endpoints: public GETs, no key, throttled per client, cacheable, JSON only."""

from django.conf import settings
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from toolkits.openreferral import directory, mapping
from toolkits.openreferral.queries import (
    ListQuery,
    ServiceAtLocationQuery,
    ServiceQuery,
    checked,
    page_of,
)

PROFILE_URL = "https://openreferraluk.org/"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json"


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

"""What a request to the feed asks for: its query parameters, checked, and the page it gets.

Bad values (page=0, per_page=abc, an unknown postcode) get a 400 naming each parameter at fault and
saying what to send instead.
"""

import math
import re

from django.conf import settings
from rest_framework import serializers
from rest_framework.exceptions import ValidationError

from home import gazetteer
from libraries.opening_hours import DAY_NAMES
from toolkits.openreferral.mapping import ICAL_DAYS

# "MO" or "Monday", in any case
WEEKDAYS = {day: n for n, day in enumerate(ICAL_DAYS)} | {name.upper(): n for n, name in enumerate(DAY_NAMES)}


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

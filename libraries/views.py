"""Open data: the libraries, their hours, services and location, as JSON."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from home.dates import local_now
from libraries.models import CommunityLibraryPage
from libraries.opening_hours import DAY_NAMES


@require_GET
def libraries_json(request):
    now = local_now()
    libraries = (
        CommunityLibraryPage.objects.live()
        .public()
        .order_by("title")
        .prefetch_related("services", *CommunityLibraryPage.status_prefetches())
    )
    return JsonResponse(
        {
            "generated_at": now.isoformat(),
            "libraries": [_library(library, request, now) for library in libraries],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def _library(library, request, now):
    status = library.opening_status(now)
    return {
        "name": library.title,
        "url": request.build_absolute_uri(library.get_url(request)),
        "summary": library.listing_summary,
        "address": library.address,
        "town": library.town,
        "postcode": library.postcode,
        "district": library.district,
        "location": {"latitude": library.point.latitude, "longitude": library.point.longitude}
        if library.point
        else None,
        "phone": library.phone,
        "email": library.email,
        "website": library.website,
        "services": [{"slug": service.slug, "name": service.name} for service in library.services.all()],
        "opening_hours": [
            {
                "day": DAY_NAMES[session.weekday],
                "opens": f"{session.opens:%H:%M}",
                "closes": f"{session.closes:%H:%M}",
            }
            for session in library.weekly_sessions
        ],
        "closures_and_special_hours": [
            {
                "from": exception.start.isoformat(),
                "to": exception.end.isoformat(),
                "opens": f"{exception.opens:%H:%M}" if exception.session else None,
                "closes": f"{exception.closes:%H:%M}" if exception.session else None,
                "reason": exception.reason,
            }
            for exception in library.upcoming_exceptions(now.date())
        ],
        "open_now": status.is_open,
        "status": status.text,
    }

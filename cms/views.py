from django.db import connection
from django.http import Http404, HttpResponse
from django.shortcuts import render
from wagtail.models import Site


def health(request):
    """For the load balancer and the container healthcheck: the app is up and reaches its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def csrf_failure(request, reason=""):
    """settings.CSRF_FAILURE_VIEW: a form sent with a missing or stale security token (a page left open
    for hours, cookies cleared). A page that can show its form again with what was typed does so;
    anywhere else, a page in the site's style says what happened and what to do."""
    page = _page_at(request)
    if page is not None and hasattr(page, "serve_expired_form"):
        return page.serve_expired_form(request)
    return render(request, "csrf_failure.html", status=403)


def _page_at(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        return site.root_page.specific.route(request, [part for part in request.path.split("/") if part]).page
    except Http404:
        return None

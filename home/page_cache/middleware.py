"""Serves repeat anonymous page views from the cache, before sessions, users or the database are read.

Only Wagtail pages are stored (the before_serve_page hook marks them), only for GET requests without a
query string (a finder search may carry a postcode, which must not be kept) from visitors without a
session cookie, and only responses that set no cookie (a form's CSRF token is per visitor).
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.exceptions import DisallowedHost
from django.utils.cache import add_never_cache_headers, patch_cache_control, set_response_etag

from home.dates import local_now
from home.models.base import next_midnight
from home.page_cache import store

CACHE_STATUS_HEADER = "X-Page-Cache"


def mark_cacheable(request, page):
    """Called as each page is served: remember which page this response shows."""
    if not getattr(request, "is_preview", False):
        request.page_cache_page = page


# A flash message waiting for this visitor ("Thank you for joining") is kept in this cookie.
MESSAGES_COOKIE = CookieStorage.cookie_name


def is_anonymous_read(request):
    return (
        request.method == "GET"
        and not request.GET
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
    )


def content_changes_at(request, moment):
    """Called by a part of a page that changes by the clock (an events listing, as an event ends):
    the page is kept no later than `moment`."""
    earlier = getattr(request, "page_cache_changes_at", None)
    request.page_cache_changes_at = moment if earlier is None else min(earlier, moment)


def seconds_until_content_changes(request, page, now):
    """How long the page's words stay right by the clock alone ("Open now", "closes in 3 days")."""
    changes_at = getattr(page, "content_changes_at", next_midnight)(now)
    parts_change_at = getattr(request, "page_cache_changes_at", None)
    if parts_change_at is not None:
        changes_at = min(changes_at, parts_change_at)
    return max(0, int((changes_at - now).total_seconds()))


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with store.one_generation():
            return self._respond(request)

    def _respond(self, request):
        if not settings.PAGE_CACHE_SECONDS:  # 0 turns the page cache off
            return self.get_response(request)
        if not is_anonymous_read(request):
            response = self.get_response(request)
            if getattr(request, "page_cache_page", None) is not None:
                # A page as a signed-in person (or one with a session) sees it: never kept by anyone.
                add_never_cache_headers(response)
                patch_cache_control(response, private=True)
            return response

        try:
            host = request.get_host()
        except DisallowedHost:
            return self.get_response(request)

        cached = store.get_page(host, request.path)
        if cached is not None:
            cached[CACHE_STATUS_HEADER] = "hit"
            return cached

        response = self.get_response(request)
        page = getattr(request, "page_cache_page", None)
        if page is None or response.streaming:
            return response
        if response.status_code != 200 or response.cookies:
            # A form's page carries this visitor's CSRF cookie: no shared cache may keep it either.
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
            return response

        seconds = min(seconds_until_content_changes(request, page, local_now()), settings.PAGE_CACHE_SECONDS)
        # Browsers check back every time (a 304 costs nothing); shared caches keep it until the
        # content changes by the clock, and are purged when an editor changes it (home/page_cache/purge.py).
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True, s_maxage=seconds)
        set_response_etag(response)
        if seconds > 0:
            store.store_page(host, request.path, response, seconds)
        response[CACHE_STATUS_HEADER] = "miss"
        return response

"""Where cached pages and fragments live, and how all of them are forgotten at once.

Every key carries the current *generation*. Purging moves to a new generation, so every page and
fragment stored under the old one is never read again (and expires on its own). One cache read per
request instead of tracking which of hundreds of pages show a library's hours or a menu title.
"""

import uuid

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


def generation():
    current = cache.get(GENERATION_KEY)
    if current is None:
        current = new_generation()
    return current


def new_generation():
    value = uuid.uuid4().hex[:12]
    cache.set(GENERATION_KEY, value, timeout=None)
    return value


def page_key(host, path):
    return f"page-cache:{generation()}:page:{host}:{path}"


def get_page(host, path):
    return cache.get(page_key(host, path))


def store_page(host, path, response, timeout):
    cache.set(page_key(host, path), response, timeout=min(timeout, settings.PAGE_CACHE_SECONDS))

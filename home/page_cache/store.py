"""Where cached pages and fragments live, and how all of them are forgotten at once.

Every key carries the current *generation*, kept in the shared cache (Redis in production). Purging
moves to a new generation, so every page and fragment stored under the old one is never read again
(and expires on its own). One cache read per request instead of tracking which of hundreds of pages
show a library's hours or a menu title. Whole pages live in the shared cache; fragments live in each
server process's own memory (CACHES["fragments"]), which the shared generation still purges at once.
"""

import hashlib
import re
import uuid
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache, caches

GENERATION_KEY = "page-cache:generation"

# Where fragments are kept, under keys carrying the generation (CACHES["fragments"] in settings).
fragments = caches["fragments"]

# The generation a request read first, so its menu, footer, routes and fragments (dozens of them on a
# listing) cost one cache read between them, not one each.
_held = ContextVar("page_cache_generation", default=None)


def generation():
    current = _held.get() or cache.get(GENERATION_KEY)
    if current is None:
        current = new_generation()
    return current


def new_generation():
    value = uuid.uuid4().hex[:12]
    cache.set(GENERATION_KEY, value, timeout=None)
    if _held.get() is not None:
        _held.set(value)  # a purge during the request: the rest of it reads and writes the new one
    return value


@contextmanager
def one_generation():
    """Read the generation once for everything inside (a request)."""
    token = _held.set(None)
    _held.set(generation())
    try:
        yield
    finally:
        _held.reset(token)


# What memcached, the strictest backend, accepts in a key, leaving room for the generation and prefixes.
_PLAIN = re.compile(r"[\w:./-]{1,180}", re.ASCII)


def key(*parts):
    """The key for what `parts` name, under the current generation. A name holding what some cache
    backends refuse (a listing's filters, a place typed in, an address with a space or too long) is
    kept under its digest instead."""
    name = ":".join(str(part) for part in parts)
    if not _PLAIN.fullmatch(name):
        name = hashlib.sha256(name.encode()).hexdigest()
    return f"page-cache:{generation()}:{name}"


def page_key(host, path):
    return key("page", host, path)


def get_page(host, path):
    return cache.get(page_key(host, path))


def store_page(host, path, response, timeout):
    cache.set(page_key(host, path), response, timeout=min(timeout, settings.PAGE_CACHE_SECONDS))

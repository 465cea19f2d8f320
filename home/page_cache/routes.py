"""Where each address leads, kept with the page cache's fragments: the page itself with its own rows,
so a page built afresh is found without asking the database, rather than in Wagtail's two queries for
each level of the tree, and its site in none.

Wagtail keeps the site and the route it finds on the request (`_wagtail_site`,
`_wagtail_route_for_request`) and reads them from there if present: this view fills them in from the
cache before handing over to Wagtail's own `serve`, which goes on as usual (privacy, hooks, the page's
own `serve`). Only an address that names a page itself is remembered, never a route inside a page
(a feed, a service in the directory), and nothing is remembered for an address that is not found.
Every change a visitor could see moves the page cache to a new generation (purge.py), and with it
these entries: a page moved, unpublished, renamed or deleted is routed afresh.
"""

from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from home.page_cache import store

# Kept no longer than a day even if nothing changes, so addresses no longer asked for fall away.
ROUTE_SECONDS = 24 * 60 * 60


def serve(request, path):
    site = _site_for(request)
    # Wagtail reads the sites' root paths (for every page address on the page) from the shared cache
    # once per request unless the request carries them: one network round trip fewer.
    request._wagtail_cached_site_root_paths = _site_root_paths()
    if site is not None and not _route_from_cache(request, site, path):
        _route_and_remember(request, site, path)
    return wagtail_views.serve(request, path)


def _site_for(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    key = store.key("site-for", hostname, request.get_port())
    site = store.fragments.get(key)
    if site is None:
        site = Site._find_for_request(request)
        if site is None:
            return None
        # A site's own host name, or one ALLOWED_HOSTS names in full (the default site may answer for
        # it), is remembered; not any name a wildcard lets in, so made-up ones cannot crowd the cache.
        if site.hostname == hostname or hostname in settings.ALLOWED_HOSTS:
            store.fragments.set(key, site, timeout=ROUTE_SECONDS)
    request._wagtail_site = site
    return site


def _site_root_paths():
    key = store.key("site-root-paths")
    paths = store.fragments.get(key)
    if paths is None:
        paths = Site.get_site_root_paths()
        store.fragments.set(key, paths, timeout=ROUTE_SECONDS)
    return paths


def _route_key(site, path):
    return store.key("route", site.pk, path)


def _route_from_cache(request, site, path):
    """True if the route was known, and is now on the request for Wagtail to use."""
    page = store.fragments.get(_route_key(site, path))
    if page is None:
        return False
    try:
        request._wagtail_route_for_request = page.route(request, [])
    except Http404:
        request._wagtail_route_for_request = None
    return True


def _route_and_remember(request, site, path):
    """Route as Wagtail does (it reads the route from the request), and remember the page found, with
    its own rows read (BasePage.read_own_rows), so building it afresh next time asks the database
    nothing. It is stored as read, before the view works anything out from it for a day or a visitor."""
    route = Page.route_for_request(request, path)
    if route is None:
        return
    page = route[0]
    if page.url_path != site.root_page.url_path + path:
        return  # a route inside the page (a feed, a service): Wagtail finds those itself
    if hasattr(page, "read_own_rows"):
        page.read_own_rows()
    store.fragments.set(_route_key(site, path), page, timeout=ROUTE_SECONDS)

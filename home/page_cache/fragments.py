"""What every page shows around its own content (site settings, the menu), kept in this process's
fragment cache under the current generation so a fresh page does not ask the database for them again;
purged with the pages."""

from math import ceil

from django.template.loader import get_template, render_to_string
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe
from wagtail.models import Site

from home.models import SiteBanner, SiteSettings
from home.page_cache import private_sections, store
from home.page_cache.middleware import content_changes_at


def _cached(name, site, build):
    return site_wide(f"{name}:{site.pk}", build)


def site_settings_for(request):
    site = Site.find_for_request(request)
    if site is None:
        return SiteSettings()
    return _cached("site-settings", site, lambda: SiteSettings.for_site(site))


def menu_sections(request):
    """The home page's live, public children shown in menus: id, path, title and address."""
    site = Site.find_for_request(request)
    if site is None:
        return []

    def build():
        return [
            {"pk": section.pk, "path": section.path, "title": section.title, "url": section.get_url(request)}
            for section in private_sections.public(site.root_page.get_children().live()).in_menu()
        ]

    return _cached("menu", site, build)


def breadcrumb_trail(request, page):
    """The pages above this one from the site's home page down, as title and address."""

    def build():
        ancestors = page.get_ancestors().filter(depth__gte=2) if page.path else []
        return [{"title": ancestor.title, "url": ancestor.get_url(request)} for ancestor in ancestors]

    site = Site.find_for_request(request)
    if site is None or getattr(request, "is_preview", False):  # a preview's page may be unsaved
        return build()
    return _cached(f"breadcrumbs:{page.path}", site, build)


def shared(request, name, build):
    """`build()`, kept for every request to the site until anything a visitor can see changes. A
    preview builds its own: its page may be unsaved, or differ from the one published."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None or getattr(request, "is_preview", False):
        return build()
    return _cached(name, site, build)


def shared_until(request, name, build, now):
    """For what also changes by the clock: `build(now)` gives the value and the moment it next reads
    differently (None if never), and it is kept until then, or until anything a visitor can see changes."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None or getattr(request, "is_preview", False):  # a preview's page may be unsaved
        return build(now)
    key = store.key(name, site.pk)
    kept = store.fragments.get(key)
    # Good only between when it was built and when it changes: a clock set back (by hand, or by a
    # server correcting its time) must not be shown what was built for later.
    if kept is not None and kept[0] <= now and (kept[1][1] is None or now < kept[1][1]):
        return kept[1]
    found = build(now)
    changes_at = found[1]
    store.fragments.set(
        key,
        (now, found),
        timeout=None if changes_at is None else max(1, ceil((changes_at - now).total_seconds())),
    )
    return found


def drawn(template_name, context, request):
    """Our own template's markup, to keep in the fragment cache and place in a page as it is."""
    html = render_to_string(template_name, context, request=request)
    return mark_safe(html)  # noqa: S308 (our own templates' output)


def site_wide(name, build):
    """`build()`, the same for every site, kept until anything a visitor can see changes."""
    key = store.key(name)
    value = store.fragments.get(key)
    if value is None:
        value = build()
        store.fragments.set(key, value, timeout=None)
    return value


# Rows of a long listing are kept a day at most, so rows no longer shown fall away.
ROW_SECONDS = 24 * 60 * 60


def rendered_rows(request, name, items, key, template_name):
    """Each item's markup from `template_name` (which sees it as `item`), kept until anything a visitor
    can see changes, or `key(item)` does. Read from the cache in one go, so a table of a hundred rows
    costs one round trip, not a hundred; a filtered or re-sorted table reuses the same rows."""
    site = Site.find_for_request(request)
    keys = [store.key(name, site.pk if site else 0, key(item)) for item in items]
    rows = store.fragments.get_many(keys)
    missing = {}
    template = get_template(template_name)
    for cache_key, item in zip(keys, items, strict=True):
        if cache_key not in rows:
            rows[cache_key] = missing[cache_key] = template.render({"item": item, "request": request})
    if missing:
        store.fragments.set_many(missing, timeout=ROW_SECONDS)
    return [mark_safe(rows[cache_key]) for cache_key in keys]  # noqa: S308 (our own templates' output)


def only_live_page(request, model):
    """The live page of a type the site has one of (the news index, What's on), to link to."""
    return shared(request, f"only-page:{model._meta.label}", lambda: model.objects.live().first())


def site_banners(request):
    """The banners showing now. The ones not yet over are cached; the page is kept only until the
    next of them starts or ends."""
    now = timezone.now()
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return list(SiteBanner.objects.showing(now))
    cached = _cached("banners", site, lambda: list(SiteBanner.objects.not_ended(now)))
    banners = [banner for banner in cached if banner.ends_at > now]
    if banners:
        content_changes_at(request, min(banner.changes_at(now) for banner in banners))
    return [banner for banner in banners if banner.is_showing(now)]


def context(request):
    """`site_settings` and `page_cache_generation` (for {% cache %} tags), each read only if used."""
    return {
        "site_settings": SimpleLazyObject(lambda: site_settings_for(request)),
        "page_cache_generation": SimpleLazyObject(store.generation),
    }

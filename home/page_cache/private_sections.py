"""Which pages are private, kept under the page-cache generation so that neither serving a page nor
listing pages asks the database again. A view restriction on a page covers it and every page below
it; adding, changing or removing one purges (purge.py), as any change a visitor could see does."""

from django.db.models import Q
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet

from home.page_cache import store


def restricted_paths():
    """{restriction id: tree path of the page it is on}."""
    key = store.key("restricted-paths")
    paths = store.fragments.get(key)
    if paths is None:
        paths = dict(PageViewRestriction.objects.values_list("pk", "page__path"))
        store.fragments.set(key, paths, timeout=None)
    return paths


def restrictions_on(page):
    """The view restrictions that apply to `page` (its own and its ancestors'), as a queryset; an
    empty one, asking nothing of the database, for a public page."""
    ids = [pk for pk, path in restricted_paths().items() if page.path.startswith(path)]
    return PageViewRestriction.objects.filter(pk__in=ids) if ids else PageViewRestriction.objects.none()


def private_q():
    """The same test as Wagtail's PageQuerySet.private_q(), without a query for the restrictions."""
    q = Q()
    for path in restricted_paths().values():
        q |= Q(path__startswith=path)
    return q or Q(pk__in=[])


def public(pages):
    """`pages.public()` for a queryset of plain pages (`Page.objects`, `get_children()`)."""
    return pages.exclude(private_q())


class SitePageQuerySet(PageQuerySet):
    """The site's page types' querysets: `.public()` (and `.private()`) from the cached restrictions."""

    def private_q(self):
        return private_q()

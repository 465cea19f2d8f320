"""Every view a visitor can reach: one live page of each page type (enumerated from Wagtail's registry),
plus the views that are not pages of their own. Browser tests and the Lighthouse benchmark share it."""

from django.urls import reverse

from tests.page_types import live_example, page_type_labels
from toolkits.models import SupportDirectoryPage, SupportService, ToolkitPage

NON_PAGE_VIEWS = {
    "every toolkit's print page": lambda: [page.print_url() for page in ToolkitPage.objects.live().public()],
    "search results": lambda: [reverse("search") + "?query=library"],
    "support service": lambda: [
        SupportDirectoryPage.objects.get().service_url(
            SupportService.objects.live().exclude(address="").first()
        )
    ],
    "page not found": lambda: ["/no-such-page/"],
}


def public_view_names():
    return [*page_type_labels(), *NON_PAGE_VIEWS]


def public_view_paths(name):
    """The paths of the named view: a page type's label, or one of NON_PAGE_VIEWS."""
    if name in NON_PAGE_VIEWS:
        return NON_PAGE_VIEWS[name]()
    return [live_example(name).url]

from home.models import SectionIndexPage


class LibraryIndexPage(SectionIndexPage):
    """The community managed libraries section: every volunteer-run library in the county."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StandardPage"]
    max_count = 1
    template = "libraries/library_index_page.html"

    class Meta:
        verbose_name = "community managed libraries index"

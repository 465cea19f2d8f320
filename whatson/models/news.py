import re

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import BasePage, SectionIndexPage
from home.page_cache import fragments
from search import sections
from whatson.models.events import POSTED_UNDER


class NewsPage(BasePage):
    """A news story: site-wide, or from one library or planning group."""

    search_section = sections.NEWS_AND_EVENTS
    search_type_label = "News"
    parent_page_types = ["whatson.NewsIndexPage", *POSTED_UNDER]
    subpage_types = []
    template = "whatson/news_page.html"
    listing_label = "News"
    schema_type = "NewsArticle"

    date = models.DateField(default=timezone.localdate, help_text="The date shown on the story.")
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown at the top of the story and in listings.",
    )
    image_alt_text = models.CharField(
        max_length=200, blank=True, help_text="Describe the picture for people who cannot see it."
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("image"),
        FieldPanel("image_alt_text"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("date")]

    class Meta:
        verbose_name = "news story"

    @property
    def section(self):
        """The library, planning group or section the story belongs to, for its label."""
        return self.get_parent().specific


def latest_news(within, limit=None):
    news = (
        NewsPage.objects.live()
        .public()
        .descendant_of(within)
        .select_related("image")
        .order_by("-date", "-first_published_at")
    )
    return news[:limit] if limit else news


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    """All news on the site, newest first, with RSS and Atom feeds (for the whole site or one section)."""

    search_section = sections.NEWS_AND_EVENTS
    search_type_label = "Section"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["whatson.NewsPage"]
    max_count = 1
    template = "whatson/news_index_page.html"
    listing_label = "Section"

    class Meta:
        verbose_name = "news index"

    def section_from(self, request):
        """?section=<page id> narrows the listing and its feeds to one library, group or section."""
        page_id = request.GET.get("section", "")
        if not page_id.isdigit():
            return None
        page = Page.objects.live().public().filter(pk=int(page_id)).first()
        return page.specific if page else None

    @path("")
    def index_view(self, request):
        section = self.section_from(request)
        page_number = request.GET.get("page", "1")

        def draw():
            news = Paginator(latest_news(section or self.site_home(request)), 20).get_page(page_number)
            context = {"page": self, "news": news, "section": section}
            return fragments.drawn("whatson/includes/news_results.html", context, request)

        if re.fullmatch(r"[1-9]\d?", page_number):  # pages 1 to 99 of each section are kept
            news_results = fragments.shared(
                request, f"news:{self.pk}:{section.pk if section else ''}:{page_number}", draw
            )
        else:
            news_results = draw()
        return self.render(request, context_overrides={"news_results": news_results, "section": section})

    @path("feed/", name="rss")
    def rss_view(self, request):
        from whatson.feeds import NewsFeed

        return NewsFeed(self, self.section_from(request))(request)

    @path("feed/atom/", name="atom")
    def atom_view(self, request):
        from whatson.feeds import AtomNewsFeed

        return AtomNewsFeed(self, self.section_from(request))(request)

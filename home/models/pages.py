from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models.base import BasePage
from home.page_cache import private_sections
from search import sections

SECTION_INDEX_PAGE_TYPES = [
    "libraries.LibraryIndexPage",
    "neighbourhood.NeighbourhoodPlanningIndexPage",
    "toolkits.ToolkitIndexPage",
    "toolkits.CaseStudyIndexPage",
]
# Site-wide listings (news stories, events, local support services), each at one address.
LISTING_PAGE_TYPES = ["whatson.NewsIndexPage", "whatson.EventIndexPage", "toolkits.SupportDirectoryPage"]
FEATURED_PAGE_TYPE = "toolkits.CaseStudyPage"


class HomePage(BasePage):
    """The front page: what the site is for, a way into each section and featured case studies."""

    search_section = sections.OTHER
    search_type_label = "Page"

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        *SECTION_INDEX_PAGE_TYPES,
        *LISTING_PAGE_TYPES,
        "home.StandardPage",
        "home.CommunitiesNetworkPage",
    ]
    max_count = 1
    template = "home/home_page.html"

    hero_heading = models.CharField(max_length=120, help_text="The large heading at the top of the page.")
    hero_text = models.TextField(blank=True, max_length=300, help_text="A sentence under the heading.")
    intro = RichTextField(blank=True, features=["bold", "italic", "ol", "ul", "link"])

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading="Banner"),
        FieldPanel("intro"),
        InlinePanel("featured_pages", label="Featured case studies", max_num=6),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_text"), index.SearchField("intro")]

    def get_context(self, request, *args, **kwargs):
        from home.page_cache import fragments

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = private_sections.public(self.get_children().live()).in_menu().specific()
        context["featured_case_studies"] = fragments.shared(
            request, f"featured:{self.pk}", lambda: self.featured_cards(request)
        )
        return context

    def featured_cards(self, request):
        from home.page_cache import fragments

        featured = {"case_studies": self.live_featured_pages()}
        return fragments.drawn("home/includes/featured_case_studies.html", featured, request)

    def live_featured_pages(self):
        """The featured case studies still live, in the editor's order, in one query per page type."""
        wanted = [item.page_id for item in self.featured_pages.all() if item.page_id]
        pages = {page.pk: page for page in Page.objects.live().filter(pk__in=wanted).specific()}
        return [pages[pk] for pk in wanted if pk in pages]


class HomePageFeaturedPage(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Case study",
        help_text="A case study to show on the home page.",
    )

    panels = [PageChooserPanel("page", page_type=FEATURED_PAGE_TYPE)]

    def clean(self):
        super().clean()
        if self.page_id and self.page.specific_class._meta.label != FEATURED_PAGE_TYPE:
            raise ValidationError({"page": "Choose a case study."})


class StandardPage(BasePage):
    """A general content page: about us, guidance, the accessibility statement, the privacy notice."""

    search_section = sections.OTHER
    search_type_label = "Page"

    parent_page_types = [
        "home.HomePage",
        "home.StandardPage",
        *SECTION_INDEX_PAGE_TYPES,
        "libraries.CommunityLibraryPage",
        "neighbourhood.NeighbourhoodPlanPage",
    ]
    subpage_types = ["home.StandardPage"]
    template = "home/standard_page.html"

    body = StreamField(BodyBlock(), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

"""Case studies: community projects others can learn from, linked both ways with the pages they illustrate."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.districts import District
from home.models import BasePage, SectionIndexPage
from home.page_cache import fragments, private_sections
from search import sections
from toolkits.listing import CaseStudyFilterForm, case_study_filters, case_study_themes, filter_case_studies

SIMPLE_RICH_TEXT = ["bold", "italic", "ol", "ul", "link"]
RELATED_CASE_STUDIES = 3


class CaseStudyTheme(TagBase):
    """A theme case studies are filed under (loneliness, young people, food...), kept by the Communities Team.

    Editors choose from this list rather than typing new themes, so the filter on the case studies
    page stays tidy.
    """

    free_tagging = False

    class Meta:
        ordering = ["name"]
        verbose_name = "case study theme"


class CaseStudyThemeTag(ItemBase):
    tag = models.ForeignKey(CaseStudyTheme, on_delete=models.CASCADE, related_name="tagged_case_studies")
    content_object = ParentalKey(
        "toolkits.CaseStudyPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CaseStudyIndexPage(SectionIndexPage):
    """The case studies section: community projects others can learn from, filtered by theme and place."""

    search_section = sections.CASE_STUDIES
    search_type_label = "Section"

    parent_page_types = ["home.HomePage"]
    subpage_types = ["toolkits.CaseStudyPage", "home.StandardPage"]
    max_count = 1
    template = "toolkits/case_study_index_page.html"
    children_listed_elsewhere = "toolkits.CaseStudyPage"  # the filtered list shows them

    class Meta:
        verbose_name = "case studies index"

    def case_studies(self):
        return (
            CaseStudyPage.objects.child_of(self)
            .live()
            .public()
            .order_by("title")
            .prefetch_related("tagged_items__tag")
        )

    def listed_case_studies(self, request):
        """The live case studies with their themes, kept until anything a visitor can see changes."""
        return fragments.shared(request, f"case-studies:{self.pk}", lambda: list(self.case_studies()))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        themes = fragments.shared(
            request,
            f"case-study-themes:{self.pk}",
            lambda: case_study_themes(self.listed_case_studies(request)),
        )
        form = CaseStudyFilterForm(request.GET or None, themes=themes)
        filters = case_study_filters(form)
        context["filter_form"] = form
        context["filtered"] = bool(filters.get("theme") or filters.get("district"))
        context["case_study_results"] = fragments.shared(
            request,
            f"case-study-results:{self.pk}:{sorted(filters.items())}",
            lambda: self.results(request, form),
        )
        return context

    def results(self, request, form):
        """The case studies the form asks for, drawn (kept for each choice of filters until anything a
        visitor can see changes)."""
        listing = filter_case_studies(self.listed_case_studies(request), form)
        item_markup = fragments.rendered_rows(
            request,
            "case-study-list-item",
            listing.items,
            key=lambda case_study: str(case_study.pk),
            template_name="toolkits/includes/case_study_list_item.html",
        )
        context = {"page": self, "listing": listing, "item_markup": item_markup}
        return fragments.drawn("toolkits/includes/case_study_results.html", context, request)


class CaseStudyPage(BasePage):
    """A community project: what it is, who runs it, where, how it was funded and what difference it made."""

    search_section = sections.CASE_STUDIES
    search_type_label = "Case study"

    parent_page_types = ["toolkits.CaseStudyIndexPage"]
    subpage_types = []
    template = "toolkits/case_study_page.html"

    organisation = models.CharField(
        max_length=150,
        verbose_name="Who runs it",
        help_text="The group, charity or council behind the project, e.g. “Birstall Parish Council”.",
    )
    place = models.CharField(
        max_length=120,
        blank=True,
        verbose_name="Town or village",
        help_text="Where it happens, e.g. “Long Clawson”. Leave empty if it covers many places.",
    )
    district = models.CharField(
        max_length=40,
        choices=District.choices,
        blank=True,
        help_text="Leave empty if the project works across the whole county.",
    )
    themes = ClusterTaggableManager(
        through=CaseStudyThemeTag,
        blank=True,
        help_text="Choose from the list; visitors filter case studies by theme. Ask the Communities Team "
        "to add a theme.",
    )
    funding_amount = models.PositiveIntegerField(
        null=True,
        blank=True,
        verbose_name="Funding amount (£)",
        help_text="Whole pounds, without the £ sign or commas, e.g. 10000. Leave empty if not relevant.",
    )
    funding_source = models.CharField(
        max_length=200,
        blank=True,
        verbose_name="Who funded it",
        help_text="For example “SHIRE Community Grant, Leicestershire County Council”.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name="About the project",
        help_text="What the project is, how it started and how it works.",
    )
    outcomes = RichTextField(
        blank=True,
        features=SIMPLE_RICH_TEXT,
        verbose_name="What difference it made",
        help_text="Only what is known to have happened. Do not guess or round numbers up.",
    )
    contact = RichTextField(
        blank=True,
        features=["bold", "link"],
        verbose_name="How to find out more",
        help_text="Only publish contact details the group has agreed to share.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A photo of the project, with everyone's permission to publish it.",
    )
    photo_alt_text = models.CharField(
        max_length=250,
        blank=True,
        verbose_name="Describe the photo",
        help_text="For people who cannot see it, e.g. “Volunteers serving coffee from a van”.",
    )
    photo_caption = models.CharField(
        max_length=250, blank=True, help_text="Shown under the photo (optional)."
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [FieldPanel("photo"), FieldPanel("photo_alt_text"), FieldPanel("photo_caption")], heading="Photo"
        ),
        FieldPanel("contact"),
    ]
    details_panels = [
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("place"), FieldPanel("district")]),
        FieldPanel("themes"),
        FieldRowPanel([FieldPanel("funding_amount"), FieldPanel("funding_source")], heading="Funding"),
        InlinePanel(
            "related_pages",
            heading="Toolkits and pages it illustrates",
            label="Page",
            help_text="Choose the toolkit chapters or section pages this project is an example of. "
            "Each one will link back to this case study.",
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(details_panels, heading="Details and links"),
            ObjectList(BasePage.promote_panels, heading="Promote"),
            ObjectList(BasePage.settings_panels, heading="Settings"),
        ]
    )
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("outcomes"),
        index.SearchField("organisation", boost=2),
        index.SearchField("place", boost=3),
        index.SearchField("get_district_display", boost=2),  # "Charnwood", "Hinckley & Bosworth"
        index.RelatedFields("themes", [index.SearchField("name", boost=3)]),
        index.FilterField("district"),
    ]

    class Meta:
        verbose_name = "case study"
        verbose_name_plural = "case studies"

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt_text.strip():
            raise ValidationError({"photo_alt_text": "Describe the photo for people who cannot see it."})

    @property
    def where(self):
        """“Long Clawson, Melton”, or “Across Leicestershire” for a county-wide project."""
        district = self.get_district_display() if self.district else ""
        if self.place and district:
            return f"{self.place}, {district}"
        return self.place or district or "Across Leicestershire"

    def theme_list(self):
        """The page's themes, from prefetched or unsaved (preview) data without another query."""
        return sorted((item.tag for item in self.tagged_items.all()), key=lambda tag: tag.name)

    def related_case_studies(self, limit=RELATED_CASE_STUDIES):
        """Other live case studies sharing the most themes with this one, in one query."""
        theme_ids = [item.tag_id for item in self.tagged_items.all()]
        if not theme_ids:
            return []
        shared = Count("tagged_items", filter=Q(tagged_items__tag_id__in=theme_ids), distinct=True)
        return list(
            CaseStudyPage.objects.live()
            .public()
            .exclude(pk=self.pk)
            .filter(tagged_items__tag_id__in=theme_ids)
            .annotate(shared_themes=shared)
            .order_by("-shared_themes", "title")[:limit]
        )

    def illustrated_pages(self):
        """The live pages this case study illustrates, in the editor's order; a chapter with its toolkit."""
        wanted = list(dict.fromkeys(item.page_id for item in self.related_pages.all() if item.page_id))
        pages = {page.pk: page for page in private_sections.public(Page.objects.live()).filter(pk__in=wanted)}
        chapter_type = ContentType.objects.get_for_model(apps.get_model("toolkits", "ToolkitChapterPage"))
        chapters = [page for page in pages.values() if page.content_type_id == chapter_type.pk]
        toolkits = {
            page.path: page for page in Page.objects.filter(path__in=[_parent_path(c) for c in chapters])
        }
        return [
            {
                "page": pages[pk],
                "toolkit": toolkits.get(_parent_path(pages[pk])) if pages[pk] in chapters else None,
            }
            for pk in wanted
            if pk in pages
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            fragments.shared(
                request,
                f"case-study-links:{self.pk}",
                lambda: {
                    "related_case_studies": self.related_case_studies(),
                    "illustrated_pages": self.illustrated_pages(),
                    "index_url": self.get_parent().get_url(request),
                },
            )
        )
        return context


class CaseStudyRelatedPage(Orderable):
    """A page a case study illustrates: that page lists the case study, and the case study links to it."""

    case_study = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A toolkit, a toolkit chapter or a section page.",
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = "page it illustrates"


def case_studies_illustrating(pages):
    """Live case studies that chose any of these pages, in one query."""
    return list(
        CaseStudyPage.objects.live()
        .public()
        .filter(related_pages__page_id__in=[page.pk for page in pages])
        .distinct()
        .order_by("title")
    )


def _parent_path(page):
    return page.path[: -page.steplen]

"""Toolkits: practical guides in chapters, each chapter its own page so volunteers can reorder them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.models import BasePage, SectionIndexPage
from home.page_cache import fragments
from search import sections
from toolkits.blocks import ChapterBodyBlock
from toolkits.models.case_studies import case_studies_illustrating

SIMPLE_RICH_TEXT = ["bold", "italic", "ol", "ul", "link", "document-link"]
PRINT_ROUTE = "print"


class ToolkitIndexPage(SectionIndexPage):
    """The toolkits section: step-by-step guides for residents, groups and parish councils."""

    search_section = sections.TOOLKITS
    search_type_label = "Section"

    parent_page_types = ["home.HomePage"]
    subpage_types = ["toolkits.ToolkitPage", "home.StandardPage"]
    max_count = 1
    template = "toolkits/toolkit_index_page.html"

    class Meta:
        verbose_name = "toolkits index"


class ToolkitPage(RoutablePageMixin, BasePage):
    """A guide in chapters: the chapters are the pages under it, in the order shown in the explorer."""

    search_section = sections.TOOLKITS
    search_type_label = "Toolkit"

    explains_its_section = True  # its introduction explains the topic: "what can I do when I feel lonely"

    parent_page_types = ["toolkits.ToolkitIndexPage"]
    subpage_types = ["toolkits.ToolkitChapterPage"]
    template = "toolkits/toolkit_page.html"
    print_template = "toolkits/toolkit_print.html"

    audience = models.CharField(
        max_length=150,
        blank=True,
        verbose_name="Who it is for",
        help_text="For example “Residents, carers and anyone worried about someone”.",
    )
    intro = RichTextField(
        blank=True,
        features=SIMPLE_RICH_TEXT,
        verbose_name="Introduction",
        help_text="What the toolkit is and how to use it. Add chapters as pages under this one.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("audience"),
        FieldPanel("intro"),
        InlinePanel(
            "downloads",
            heading="Downloads",
            label="File",
            help_text="The toolkit as files to print or share, such as the booklet and its summary.",
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("audience")]

    class Meta:
        verbose_name = "toolkit"

    def chapters(self):
        """The live chapters, in the order editors set in the page explorer."""
        return ToolkitChapterPage.objects.child_of(self).live().public().order_by("path")

    def download_documents(self):
        return [item.document for item in self.downloads.select_related("document") if item.document]

    def print_url(self, request=None):
        url = self.get_url(request)
        return url + self.reverse_subpage(PRINT_ROUTE) if url else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def build():
            chapters = list(self.chapters())
            return {
                "chapters": chapters,
                "related_case_studies": case_studies_illustrating([self, *chapters]),
            }

        context.update(fragments.shared(request, f"toolkit-links:{self.pk}", build))
        context["toolkit"] = self
        context["print_url"] = self.print_url(request)
        return context

    @path("print/", name=PRINT_ROUTE)
    def print_view(self, request):
        """The whole toolkit on one page, every chapter in order, for printing or saving as a PDF."""
        return self.render(request, template=self.print_template, context_overrides={"print_view": True})


class ToolkitDownload(Orderable):
    """A file offered with a toolkit, e.g. the booklet or the two-page summary."""

    page = ParentalKey(ToolkitPage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Its title is the link text, so make it say what the file is.",
    )

    panels = [FieldPanel("document")]


class ToolkitChapterPage(BasePage):
    """One chapter of a toolkit. Visitors move between chapters with the contents and next/previous."""

    search_section = sections.TOOLKITS
    search_type_label = "Toolkit chapter"

    parent_page_types = ["toolkits.ToolkitPage"]
    subpage_types = []
    template = "toolkits/toolkit_chapter_page.html"

    body = StreamField(
        ChapterBodyBlock(),
        blank=True,
        help_text="Use main headings to split the chapter: they become the “On this page” links.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "toolkit chapter"

    def clean(self):
        super().clean()
        if self.slug == PRINT_ROUTE:
            raise ValidationError({"slug": "“print” is used for the printable toolkit. Choose another."})

    @cached_property
    def toolkit(self):
        return ToolkitPage.objects.parent_of(self).get()

    def on_this_page(self):
        """(heading, anchor) for each main heading in the chapter, in order."""
        entries = []
        for block in self.body:
            heading = _main_heading(block)
            if heading:
                entries.append((heading, slugify(heading)))
        return entries

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def build():
            toolkit = self.toolkit
            return toolkit, list(toolkit.chapters()), case_studies_illustrating([self]), self.on_this_page()

        toolkit, chapters, related_case_studies, on_this_page = fragments.shared(
            request, f"chapter-links:{self.pk}", build
        )
        position = next((i for i, chapter in enumerate(chapters) if chapter.pk == self.pk), None)
        on_this_page = list(on_this_page)
        if related_case_studies:
            on_this_page.append(("Case studies", "case-studies"))
        context.update(
            toolkit=toolkit,
            chapters=chapters,
            chapter_number=None if position is None else position + 1,
            previous_chapter=chapters[position - 1] if position else None,
            next_chapter=chapters[position + 1]
            if position is not None and position + 1 < len(chapters)
            else None,
            print_url=toolkit.print_url(request),
            related_case_studies=related_case_studies,
            on_this_page=on_this_page,
        )
        return context


def _main_heading(block):
    """The text of a block's main (h2) heading, when it has one that the page links to."""
    value = block.value
    if block.block_type == "heading":
        return value["text"] if value["level"] == "h2" else None
    if block.block_type == "accordion":
        return value["heading"] or None
    on_this_page = getattr(block.block, "on_this_page_heading", None)
    return on_this_page(value) if on_this_page else None

from datetime import datetime, time, timedelta

from django.apps import apps
from django.db import models
from django.utils.functional import SimpleLazyObject
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.admin.panels import FieldPanel
from wagtail.blocks import RichTextBlock
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager, Site
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from home.page_cache import private_sections

# Search engines show about this many characters of a description.
META_DESCRIPTION_LENGTH = 160


class BasePage(Page):
    """What every page on the site has: a short summary for cards, listings and search results."""

    objects = PageManager.from_queryset(private_sections.SitePageQuerySet)()

    summary = models.TextField(
        blank=True,
        max_length=300,
        help_text="One or two sentences shown on cards, in listings and in search results.",
    )

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary", boost=2)]

    # A type of child page the page lists in its own way (a finder, a table), left out of child_pages.
    children_listed_elsewhere = None

    # Set once read_own_rows has read them into memory.
    own_rows_read = False

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        if not getattr(request, "is_preview", False):  # a preview's rows are the editor's, unsaved
            self.read_own_rows()
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = SimpleLazyObject(lambda: self.listed_children(request))
        return context

    def read_own_rows(self):
        """Read the page's own rows (opening hours, closures, milestones, downloads, themes...), each
        kind in one query with what its rows link to, and hold them in memory as a preview holds an
        editor's: the view and its templates then ask the database nothing more for them, however
        they filter them. What the page's own fields link to (a photo, the library an event is held
        at) is read too. The route cache keeps pages with all this read (page_cache/routes.py)."""
        if self.own_rows_read:
            return
        for field in self._meta.concrete_fields:
            if field.many_to_one and field.model._meta.app_label != "wagtailcore":
                getattr(self, field.name)
        for relation in get_all_child_relations(self):
            rows = relation.related_model
            if rows._meta.app_label == "wagtailcore":
                continue  # editors' comments, never shown to visitors
            links = [
                field.name
                for field in rows._meta.concrete_fields
                if field.many_to_one and not isinstance(field, ParentalKey)
            ]
            name = relation.get_accessor_name()
            setattr(self, name, list(getattr(self, name).select_related(*links)))
        for field in self._meta.many_to_many:
            if isinstance(field, ParentalManyToManyField):
                setattr(self, field.name, list(getattr(self, field.name).all()))
        self.own_rows_read = True

    def listed_children(self, request):
        """The live, public pages under this one, but those of the type the page lists in its own way
        (`children_listed_elsewhere`, a model label); kept until anything a visitor can see changes."""
        from home.page_cache import fragments

        def build():
            children = private_sections.public(self.get_children().live())
            if self.children_listed_elsewhere:
                children = children.not_type(apps.get_model(self.children_listed_elsewhere))
            return list(children.specific())

        return fragments.shared(request, f"child-pages:{self.pk}", build)

    @property
    def listing_summary(self):
        return self.summary or self.search_description

    @property
    def meta_description(self):
        """What search engines and link previews say about the page: the editor's search description,
        else the summary, else the start of the introduction or of the body's first text."""
        text = self.search_description or self.summary or self._opening_text()
        if len(text) <= META_DESCRIPTION_LENGTH:
            return text
        return text[: META_DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"

    def _opening_text(self):
        if getattr(self, "intro", ""):
            return " ".join(get_text_for_indexing(self.intro).split())
        for block in getattr(self, "body", None) or []:
            if isinstance(block.block, RichTextBlock):
                return " ".join(get_text_for_indexing(block.value.source).split())
        return ""

    def get_view_restrictions(self):
        # Asked on every view: answered from the cached list of private sections (no query for a
        # public page). An alias takes its original's restrictions, which Wagtail looks up.
        if self.alias_of_id or not self.path:
            return super().get_view_restrictions()
        return private_sections.restrictions_on(self)

    def content_changes_at(self, now):
        """When this page's words change by the clock alone, so the page cache keeps it no longer.
        Dates shown as "today" or "in 3 days" change at midnight; pages with opening times sooner."""
        return next_midnight(now)


def next_midnight(now):
    return datetime.combine(now.date() + timedelta(days=1), time.min, tzinfo=now.tzinfo)


class SectionIndexPage(BasePage):
    """The landing page of a section: an introduction, then its pages."""

    explains_its_section = True  # search puts it first for "what is…" and "how do I…" questions

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text="Introduce the section to visitors.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    def site_home(self, request):
        """The home page of the site being served, which site-wide listings list everything under."""
        site = Site.find_for_request(request)
        return site.root_page if site else self.get_site().root_page

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import BodyBlock
from home.dates import local_now
from home.models import BasePage
from search import sections


class LibraryNewsQuerySet(PageQuerySet):
    def upcoming_events(self):
        now = local_now()
        still_on = Q(event_end__gte=now) | Q(event_end__isnull=True, event_start__gte=now)
        return self.filter(still_on).order_by("event_start")

    def news_items(self):
        return self.filter(event_start__isnull=True).order_by("-date")


class LibraryNewsPage(BasePage):
    """News from a library, or an event there (an event has a start time)."""

    search_section = sections.LIBRARIES
    search_type_label = "Library news and events"

    parent_page_types = ["libraries.CommunityLibraryPage"]
    subpage_types = []
    template = "libraries/library_news_page.html"

    date = models.DateField("Date", default=timezone.localdate, help_text="When the news was published.")
    event_start = models.DateTimeField(
        null=True, blank=True, help_text="For an event: when it starts. Leave empty for a news story."
    )
    event_end = models.DateTimeField(null=True, blank=True)
    body = StreamField(BodyBlock(), blank=True)

    objects = PageManager.from_queryset(LibraryNewsQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("event_start"), FieldPanel("event_end")])], heading="Event"
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "library news or event"

    @property
    def is_event(self):
        return self.event_start is not None

    def clean(self):
        super().clean()
        if self.event_end and not self.event_start:
            raise ValidationError({"event_start": "Give the start time of the event."})
        if self.event_start and self.event_end and self.event_end <= self.event_start:
            raise ValidationError({"event_end": "The event must end after it starts."})

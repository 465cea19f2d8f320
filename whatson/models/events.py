from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home import gazetteer
from home.blocks import BodyBlock
from home.dates import local_now
from home.districts import District
from home.models import BasePage, SectionIndexPage
from home.models.base import next_midnight
from home.page_cache import fragments
from home.page_cache import middleware as page_cache
from home.postcodes import PostcodeField
from search import sections
from whatson import recurrence
from whatson.forms import EventPageForm
from whatson.recurrence import Repeats

# Where volunteers post: their own library's or planning group's page, or the site-wide listing.
POSTED_UNDER = ["libraries.CommunityLibraryPage", "neighbourhood.NeighbourhoodPlanPage"]


class EventType(models.TextChoices):
    TALKS = "talks-and-reading", "Talks, reading and book groups"
    FAMILIES = "children-and-families", "Children and families"
    LEARNING = "learning-and-skills", "Learning, digital skills and work"
    SOCIAL = "social-and-wellbeing", "Social, health and wellbeing"
    MEETINGS = "meetings-and-consultations", "Meetings and consultations"
    OTHER = "other", "Something else"


class EventPage(RoutablePageMixin, BasePage):
    """Something on at a library or in a parish: when, where, what it costs and how to book."""

    search_section = sections.NEWS_AND_EVENTS
    search_type_label = "Event"
    parent_page_types = ["whatson.EventIndexPage", *POSTED_UNDER]
    subpage_types = []
    template = "whatson/event_page.html"
    base_form_class = EventPageForm
    listing_label = "Event"
    schema_type = "Event"

    event_type = models.CharField(
        "Type of event", max_length=40, choices=EventType.choices, default=EventType.OTHER
    )
    start = models.DateTimeField(help_text="When it starts (UK time). For a repeating event, the first one.")
    end = models.DateTimeField(
        help_text="When it finishes. For a repeating event, when the first one finishes."
    )
    repeats = models.CharField(max_length=20, choices=Repeats.choices, blank=True)
    repeat_until = models.DateField(
        "Last date", null=True, blank=True, help_text="The last day it repeats. Leave empty if it goes on."
    )

    venue_library = models.ForeignKey(
        "libraries.CommunityLibraryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="At a library",
        help_text="Choose the library if it is held at one. Otherwise give the address below.",
    )
    venue_name = models.CharField(
        "Venue", max_length=120, blank=True, help_text="For example “Village hall”."
    )
    venue_address = models.TextField("Address", blank=True, help_text="The street address, without the town.")
    venue_town = models.CharField("Town or village", max_length=80, blank=True)
    venue_postcode = PostcodeField("Postcode", blank=True)
    # Where the venue is, found from the library or by the gazetteer from the town or postcode.
    district = models.CharField(max_length=40, choices=District.choices, blank=True, editable=False)
    latitude = models.DecimalField(max_digits=8, decimal_places=6, null=True, blank=True, editable=False)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True, editable=False)

    cost = models.CharField(
        max_length=100, blank=True, help_text="For example “Free” or “£3, children free”."
    )
    booking_url = models.URLField("Booking link", blank=True)
    contact = models.CharField(
        max_length=150, blank=True, help_text="An email address or phone number for questions or booking."
    )
    accessibility = models.TextField(
        "Accessibility notes",
        blank=True,
        help_text="Step-free access, hearing loop, quiet space: what a visitor needs to know.",
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("event_type"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("repeats"), FieldPanel("repeat_until")]),
                InlinePanel("cancellations", label="Date it does not happen"),
            ],
            heading="When",
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("venue_library", page_type="libraries.CommunityLibraryPage"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("venue_town"), FieldPanel("venue_postcode")]),
            ],
            heading="Where",
        ),
        MultiFieldPanel(
            [
                FieldPanel("cost"),
                FieldPanel("booking_url"),
                FieldPanel("contact"),
                FieldPanel("accessibility"),
            ],
            heading="Cost, booking and access",
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("venue_name"),
        index.SearchField("venue_town", boost=2),
        index.SearchField("get_district_display"),  # "Charnwood", "Hinckley & Bosworth": the venue's district
        index.SearchField("body"),
        index.FilterField("district"),
        index.FilterField("event_type"),
    ]

    class Meta:
        verbose_name = "event"

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = "The event must finish after it starts."
        if self.repeat_until and not self.repeats:
            errors["repeat_until"] = "Choose how often it repeats, or leave the last date empty."
        if self.repeat_until and self.start and self.repeat_until < self.start.date():
            errors["repeat_until"] = "The last date cannot be before the first event."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.venue_library_id and not self.venue_town and not self.venue_postcode:
            library = self._posted_at_a_library()
            if library:
                self.venue_library = library
        self._place_venue()
        super().save(*args, **kwargs)

    def _posted_at_a_library(self):
        from libraries.models import CommunityLibraryPage

        if not self.path:
            return None
        parent = self.get_parent()
        return parent.specific if parent and parent.specific_class is CommunityLibraryPage else None

    def _place_venue(self):
        if self.venue_library_id:
            library = self.venue_library
            self.district = library.district
            point = library.point
        else:
            place = gazetteer.find_place(self.venue_postcode) if self.venue_postcode else None
            place = place or (gazetteer.find_place(self.venue_town) if self.venue_town else None)
            self.district = place.district if place else ""
            point = place.point if place else None
        self.latitude = Decimal(f"{point.latitude:.6f}") if point else None
        self.longitude = Decimal(f"{point.longitude:.6f}") if point else None

    @cached_property
    def cancelled_dates(self):
        return [c.date for c in self.cancellations.all()]

    def occurrences(self, after=None, before=None, limit=None):
        return recurrence.occurrences(
            self.start, self.end, self.repeats, self.repeat_until, self.cancelled_dates, after, before, limit
        )

    def upcoming(self, now=None, limit=6):
        return self.occurrences(after=now or local_now(), limit=limit)

    @property
    def next_occurrence(self):
        upcoming = self.upcoming(limit=1)
        return upcoming[0] if upcoming else None

    @property
    def venue_label(self):
        if self.venue_library_id:
            return self.venue_library.title
        return ", ".join(part for part in (self.venue_name, self.venue_town) if part)

    @property
    def venue_lines(self):
        if self.venue_library_id:
            library = self.venue_library
            return [library.title, *library.address.splitlines(), library.town, library.postcode]
        lines = [self.venue_name, *self.venue_address.splitlines(), self.venue_town, self.venue_postcode]
        return [line.strip() for line in lines if line and line.strip()]

    def repeat_description(self):
        if self.repeats == Repeats.WEEKLY:
            text = f"Every {self.start.astimezone(recurrence.local_zone()):%A}"
        elif self.repeats == Repeats.FORTNIGHTLY:
            text = f"Every other {self.start.astimezone(recurrence.local_zone()):%A}"
        elif self.repeats == Repeats.MONTHLY:
            local = self.start.astimezone(recurrence.local_zone())
            n = recurrence.nth_weekday(local)
            ordinal = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}[n]
            text = f"The {ordinal} {local:%A} of every month"
        else:
            return ""
        if self.repeat_until:
            text += f", until {self.repeat_until:%-d %B %Y}"
        return text

    def content_changes_at(self, now):
        """Its list of dates loses the first one as that occurrence ends."""
        upcoming = self.upcoming(now, limit=1)
        return min([super().content_changes_at(now), *(o.end for o in upcoming)])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming"] = self.upcoming()
        return context

    @path("")
    def event_view(self, request):
        return self.render(request)

    @path("calendar/", name="calendar")
    def calendar_view(self, request):
        from whatson.calendars import calendar_response

        return calendar_response([self], request, f"{self.slug}.ics", self.title)


class EventCancellation(Orderable):
    """A date on which a repeating event does not happen (a holiday, a room not available)."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="cancellations")
    date = models.DateField()
    reason = models.CharField(max_length=120, blank=True, help_text="Optional, shown to visitors.")

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("reason")])]


def still_on(now=None):
    """Events with an occurrence that has not ended yet: past ones drop out of every listing by themselves."""
    now = now or local_now()
    one_off = Q(repeats=Repeats.NEVER, end__gt=now)
    repeating = ~Q(repeats=Repeats.NEVER) & (
        Q(repeat_until__isnull=True) | Q(repeat_until__gte=now.astimezone(recurrence.local_zone()).date())
    )
    return one_off | repeating


def keep_until_the_listing_changes(request, listing):
    from whatson.listing import listing_changes_at

    changes_at = listing_changes_at(listing.items)
    if changes_at is not None:
        page_cache.content_changes_at(request, changes_at)


class EventIndexPage(RoutablePageMixin, SectionIndexPage):
    """What's on: coming events, filtered by district, type and dates, with a calendar feed."""

    search_section = sections.NEWS_AND_EVENTS
    search_type_label = "Section"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["whatson.EventPage"]
    max_count = 1
    template = "whatson/event_index_page.html"
    listing_label = "Section"

    class Meta:
        verbose_name = "what's on"

    @path("")
    def index_view(self, request):
        from whatson.listing import (
            EventFilterForm,
            Listing,
            filters_in_force,
            listing_changes_at,
            listing_filters,
        )

        form = EventFilterForm(request.GET or None)
        section = listing_filters(form).get("section")
        query = filters_in_force(form)
        calendar_query = f"?{query.urlencode()}" if query else ""
        now = local_now()

        def draw(now):
            html, items = self.results(request, form, calendar_query, now)
            # Besides an event starting or ending, another may come into the year looked ahead as the
            # days pass: look again at midnight at the latest.
            return html, min(filter(None, [listing_changes_at(items, now), next_midnight(now)]))

        if set(query) <= {"district", "type"}:  # a few hundred choices at most; dates are drawn each time
            html, changes_at = fragments.shared_until(
                request, f"event-results:{self.pk}:{sorted(query.items())}", draw, now
            )
        else:
            html, changes_at = draw(now)
        page_cache.content_changes_at(request, changes_at)
        return self.render(
            request,
            context_overrides={
                "filter_form": form,
                "section": section,
                "event_results": html,
                "calendar_title": Listing(section=section).title,
                "calendar_query": calendar_query,
            },
        )

    def results(self, request, form, calendar_query, now):
        """The coming events the form asks for, drawn, and the events listed."""
        from whatson.listing import event_listing

        listing = event_listing(self.site_home(request), form, now)
        context = {"page": self, "listing": listing, "calendar_query": calendar_query}
        return fragments.drawn("whatson/includes/event_results.html", context, request), listing.items

    @path("calendar/", name="calendar")
    def calendar_view(self, request):
        from whatson.calendars import calendar_response
        from whatson.listing import EventFilterForm, event_listing

        form = EventFilterForm(request.GET or None)
        listing = event_listing(self.site_home(request), form)
        keep_until_the_listing_changes(request, listing)
        return calendar_response([item.event for item in listing.items], request, "events.ics", listing.title)

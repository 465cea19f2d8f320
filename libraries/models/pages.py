from collections import defaultdict

from django import forms
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home import gazetteer
from home.blocks import BodyBlock, CaptionedImageBlock
from home.dates import local_now, local_today
from home.districts import District
from home.models import BasePage, SectionIndexPage, VolunteerEditedPage
from home.page_cache import fragments
from home.postcodes import PostcodeField
from libraries import opening_hours
from libraries.forms import CommunityLibraryPageForm
from libraries.listing import LibraryFinderForm, LibraryListing, find_libraries
from libraries.maps import map_settings
from libraries.models.notices import UrgentNotice
from libraries.models.services import LibraryService
from search import sections

SIMPLE_RICH_TEXT = ["bold", "italic", "ol", "ul", "link"]


# What the finder shows of each library, and what Wagtail needs to give its address.
LISTED_LIBRARY_FIELDS = [
    "title",
    "url_path",
    "path",
    "depth",
    "live",
    "summary",
    "search_description",
    "town",
    "postcode",
    "district",
    "latitude",
    "longitude",
]


class LibraryIndexPage(SectionIndexPage):
    """The community managed libraries section: every volunteer-run library, with a finder and a map."""

    search_section = sections.LIBRARIES
    search_type_label = "Section"

    parent_page_types = ["home.HomePage"]
    subpage_types = ["libraries.CommunityLibraryPage", "home.StandardPage"]
    max_count = 1
    template = "libraries/library_index_page.html"
    children_listed_elsewhere = "libraries.CommunityLibraryPage"  # the finder lists them

    class Meta:
        verbose_name = "community managed libraries index"

    def libraries(self):
        return (
            CommunityLibraryPage.objects.child_of(self)
            .live()
            .public()
            .order_by("title")
            .prefetch_related("services", *CommunityLibraryPage.status_prefetches())
        )

    def listed_libraries(self, request=None):
        """The live libraries with what the finder shows of each, kept with the page cache's shared
        fragments: a finder search or a page built afresh reads them in one go, not five queries."""
        if not hasattr(self, "_listed_libraries"):
            self._listed_libraries = fragments.shared(
                request, f"listed-libraries:{self.pk}", self._read_listed_libraries
            )
        return self._listed_libraries

    def _read_listed_libraries(self):
        libraries = list(self.libraries().only(*LISTED_LIBRARY_FIELDS))
        for library in libraries:  # worked out now, so they are kept with the rest
            library.point, library.weekly_sessions, library.exceptions  # noqa: B018
            # Kept as plain lists: the hours' rows are worked out above, and stored query sets would
            # double the time every view takes to read the list back from the cache.
            library.services = list(library.services.all())
            library._prefetched_objects_cache = {}
        return libraries

    def content_changes_at(self, now):
        """Each library's "Open now" or "Closed now" is shown in the finder."""
        return min(
            [
                super().content_changes_at(now),
                *(library.opening_changes_at(now) for library in self.listed_libraries()),
            ]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        services = fragments.shared(request, "library-services", lambda: list(LibraryService.objects.all()))
        form = LibraryFinderForm(request.GET or None, services=services)
        context["finder_form"] = form
        context["finder_results"] = self.finder_results(request, form)
        context["place_attribution"] = gazetteer.ATTRIBUTION
        return context

    def finder_results(self, request, form):
        """The libraries the finder's filters ask for, drawn. Without a place (whose distances are worked
        out for each search) they are kept until a library listed opens or closes, a notice starts or
        ends, or anything a visitor can see changes."""

        def draw(now):
            finder = find_libraries(self.listed_libraries(request), form, now)
            listing_markup = fragments.rendered_rows(
                request,
                "library-list-item",
                finder.listings,
                key=LibraryListing.cache_key,
                template_name="libraries/includes/library_list_item.html",
            )
            context = {
                "page": self,
                "finder": finder,
                "listing_markup": listing_markup,
                "map_settings": map_settings(),
            }
            html = fragments.drawn("libraries/includes/finder_results.html", context, request)
            return html, self.content_changes_at(now)

        now = local_now()  # its midnight is the one "opens tomorrow" turns on
        filters = form.cleaned_data if form.is_valid() else {}
        if filters.get("near") or filters.get("latitude") is not None or filters.get("longitude") is not None:
            return draw(now)[0]
        return fragments.shared_until(
            request, f"library-results:{self.pk}:{sorted(filters.items())}", draw, now
        )[0]


class CommunityLibraryPage(VolunteerEditedPage, BasePage):
    """A volunteer-run library: where it is, when it is open, what it offers and how to help."""

    search_section = sections.LIBRARIES
    search_type_label = "Library"

    parent_page_types = ["libraries.LibraryIndexPage"]
    subpage_types = ["whatson.EventPage", "whatson.NewsPage", "home.StandardPage"]
    template = "libraries/community_library_page.html"
    base_form_class = CommunityLibraryPageForm

    photos = StreamField([("photo", CaptionedImageBlock())], blank=True, max_num=6)
    address = models.TextField(help_text="The street address, without the town or postcode.")
    town = models.CharField(max_length=80, verbose_name="Town or village", help_text="Used by “near me”.")
    postcode = PostcodeField()
    district = models.CharField(max_length=40, choices=District.choices)
    latitude = models.DecimalField(max_digits=8, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)

    phone = models.CharField(max_length=30, blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True, help_text="The library's own website, if it has one.")
    services = ParentalManyToManyField(
        "libraries.LibraryService",
        blank=True,
        related_name="libraries",
        help_text="Tick everything the library offers. Ask the Communities Team to add to this list.",
    )

    organisation_name = models.CharField(
        max_length=150, blank=True, help_text="The group or charity that runs the library."
    )
    charity_number = models.CharField(
        max_length=8,
        blank=True,
        validators=[RegexValidator(r"^\d{6,8}$", "A charity number is 6 to 8 digits, like 1234567.")],
    )
    volunteering = RichTextField(
        blank=True, features=SIMPLE_RICH_TEXT, help_text="How people can help: roles, time needed, training."
    )
    volunteering_email = models.EmailField(blank=True, help_text="Who to contact about volunteering.")
    accessibility = RichTextField(
        blank=True,
        features=SIMPLE_RICH_TEXT,
        verbose_name="Accessibility information",
        help_text="Step-free access, toilets, parking, hearing loops: what a visitor needs to know.",
    )
    body = StreamField(BodyBlock(), blank=True, help_text="Anything else visitors should know.")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("photos"),
        FieldPanel("services", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    visiting_panels = [
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("town"), FieldPanel("postcode")]),
                FieldPanel("district"),
            ],
            heading="Address",
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading="Location on the map",
            help_text="Click the map to place the library, or type its latitude and longitude.",
            classname="library-location-panel",
        ),
        InlinePanel("opening_sessions", heading="Opening hours", label="Opening session"),
        InlinePanel(
            "date_exceptions",
            heading="Closures and special opening hours",
            label="Closure or special opening",
        ),
        FieldPanel("accessibility"),
    ]
    contact_panels = [
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], heading="Contact"),
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("charity_number")], heading="Who runs it"
        ),
        MultiFieldPanel(
            [FieldPanel("volunteering"), FieldPanel("volunteering_email")], heading="Volunteering"
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(visiting_panels, heading="Visiting"),
            ObjectList(contact_panels, heading="Contact and volunteering"),
            ObjectList(BasePage.promote_panels, heading="Promote"),
            ObjectList(VolunteerEditedPage.review_panels, heading="Up to date?"),
            ObjectList(BasePage.settings_panels, heading="Settings"),
        ]
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("town", boost=5),
        index.SearchField("get_district_display", boost=2),  # "Charnwood", "Hinckley & Bosworth"
        index.SearchField("address"),
        index.SearchField("postcode"),
        index.SearchField("body"),
        index.SearchField("volunteering"),
        index.RelatedFields("services", [index.SearchField("name", boost=3)]),
        index.FilterField("district"),
    ]

    class Meta:
        verbose_name = "community managed library"

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @cached_property
    def point(self):
        """Where the library is: its own coordinates, else its town's place, else its postcode district's."""
        if self.has_coordinates:
            return gazetteer.Point(float(self.latitude), float(self.longitude))
        place = approximate_place(self.town, self.postcode)
        return place.point if place else None

    @cached_property
    def weekly_sessions(self):
        return sorted(
            (s.as_session() for s in self.opening_sessions.all()), key=lambda s: (s.weekday, s.opens)
        )

    @cached_property
    def exceptions(self):
        return [e.as_exception() for e in self.date_exceptions.all()]

    @staticmethod
    def status_prefetches():
        """What a list of libraries prefetches to show each one's opening status and notices."""
        return ["opening_sessions", "date_exceptions"]

    @cached_property
    def notices_not_ended(self):
        """Urgent notices in force or still to come, soonest first."""
        now = timezone.now()
        return [notice for notice in notices_not_ended_by_library().get(self.pk, []) if notice.ends_at > now]

    def notices_in_force(self, moment=None):
        moment = moment or timezone.now()
        return [notice for notice in self.notices_not_ended if notice.is_in_force(moment)]

    def opening_status(self, moment=None):
        closure = next((n for n in self.notices_in_force(moment) if n.closes_the_library), None)
        if closure is not None:
            return opening_hours.OpeningStatus(False, f"Closed now. {closure.message}", by_notice=True)
        return opening_hours.opening_status(self.weekly_sessions, self.exceptions, moment)

    def opening_hours_by_day(self):
        """[("Monday", [Session, ...]), ...] for every day of the week, closed days included."""
        return [
            (day_name, [s for s in self.weekly_sessions if s.weekday == weekday])
            for weekday, day_name in enumerate(opening_hours.DAY_NAMES)
        ]

    def upcoming_exceptions(self, today=None):
        today = today or local_today()
        return sorted((e for e in self.exceptions if e.end >= today), key=lambda e: e.start)

    def opening_changes_at(self, now):
        """When "Open now" or an urgent notice next changes by the clock."""
        next_midnight = BasePage.content_changes_at(self, now)
        hours_change = opening_hours.next_change_today(self.weekly_sessions, self.exceptions, now)
        notices_change = [notice.changes_at(now) for notice in self.notices_not_ended]
        return min([hours_change or next_midnight, *notices_change])

    def content_changes_at(self, now):
        """Opening and closing times and urgent notices (its events listing says when it changes,
        whatson_tags)."""
        return self.opening_changes_at(now)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["status"] = self.opening_status(now)
        context["notices"] = self.notices_in_force(now)
        return context


def notices_not_ended_by_library():
    """{library id: [urgent notices not yet over]} for the whole site, kept with the page cache's shared
    fragments (saving a notice purges them), so a library page, the finder and search read it without
    a query however many libraries they show."""

    def build():
        by_library = defaultdict(list)
        for notice in UrgentNotice.objects.not_ended():
            by_library[notice.library_id].append(notice)
        return dict(by_library)

    return fragments.site_wide("urgent-notices", build)


def approximate_place(town, postcode):
    """Where the gazetteer puts a library without coordinates: its town or village, else its postcode area."""
    return gazetteer.find_place(town) or gazetteer.find_place(postcode)

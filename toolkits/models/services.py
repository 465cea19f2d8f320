"""Local sources of support (befriending, lunch clubs, carers' groups...) listed in the toolkits.

A service is a snippet with drafts and revisions: only the published version is ever shown.
"""

import uuid

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.text import slugify
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from home import gazetteer
from home.districts import District
from home.postcodes import PostcodeField
from search import sections
from toolkits.openreferral.ids import support_service_id


class ServiceDistrict(models.Model):
    """One of the seven districts, so a service can cover several of them (created by migration)."""

    slug = models.SlugField(max_length=40, unique=True, choices=District.choices)
    name = models.CharField(max_length=60)

    class Meta:
        ordering = ["name"]
        verbose_name = "district"

    def __str__(self):
        return self.name


class SupportCategory(models.Model):
    """A kind of help, from the list the Communities Team keeps: befriending, lunch clubs, carers..."""

    name = models.CharField(
        max_length=80, unique=True, help_text="As residents would say it, e.g. Befriending."
    )
    slug = models.SlugField(max_length=80, unique=True, help_text="Used in web addresses. Do not change it.")
    description = models.CharField(max_length=250, blank=True, help_text="A short explanation for residents.")
    sort_order = models.PositiveSmallIntegerField(default=100, help_text="Lower numbers come first in lists.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "support category"
        verbose_name_plural = "support categories"

    def __str__(self):
        return self.name


class Audience(models.TextChoices):
    """Who a service is mainly for, as a resident filtering the directory would put it."""

    EVERYONE = "everyone", "Everyone"
    OLDER_PEOPLE = "older-people", "Older people"
    CARERS = "carers", "Carers"
    FAMILIES = "families", "Children and families"
    YOUNG_PEOPLE = "young-people", "Young people"
    DISABLED_PEOPLE = "disabled-people", "Disabled people"
    MENTAL_HEALTH = "mental-health", "People with mental health needs"


class Charge(models.TextChoices):
    FREE = "free", "Free"
    PAID = "paid", "There is a charge"


class SupportServiceQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        """Only published services: the only ones visitors may ever see."""
        return self.filter(live=True)

    def in_district(self, slug):
        return self.filter(districts__slug=slug)

    def in_category(self, slug):
        return self.filter(categories__slug=slug)

    def for_audience(self, audience):
        """Services mainly for that group, and those open to everyone, which that group can use too."""
        return self.filter(audience__in=[audience, Audience.EVERYONE])

    def with_charge(self, charge):
        return self.filter(charge=charge)

    def for_listing(self):
        # The id settles the order of services with the same name, so pages never repeat or skip one.
        return self.prefetch_related("categories", "districts").order_by("name", "pk")


class SupportService(DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, ClusterableModel):
    """A local source of support: what it offers, who it is for, where, and how to get in touch."""

    search_section = sections.SUPPORT_SERVICES
    search_type_label = "Support service"

    name = models.CharField(
        max_length=150,
        verbose_name="Name of the service",
        help_text="The name people know it by, e.g. “Friendly Voices telephone befriending”.",
    )
    organisation = models.CharField(
        max_length=150, blank=True, verbose_name="Run by", help_text="The group or charity that runs it."
    )
    description = models.TextField(
        max_length=600, help_text="What the service does, in a sentence or two, in plain words."
    )
    who_it_is_for = models.CharField(
        max_length=250,
        blank=True,
        verbose_name="Who it is for",
        help_text="For example “Adults aged 60 and over who live alone” or “Anyone caring for a relative”.",
    )
    audience = models.CharField(
        max_length=20,
        choices=Audience.choices,
        default=Audience.EVERYONE,
        verbose_name="Mainly for",
        help_text="Used by the “Who it is for” filter. Choose Everyone unless it is only for one group.",
    )
    categories = ParentalManyToManyField(
        SupportCategory,
        related_name="services",
        verbose_name="Kinds of support",
        help_text="Tick every kind of help it offers. Ask the Communities Team to add to this list.",
    )
    districts = ParentalManyToManyField(
        ServiceDistrict,
        related_name="services",
        verbose_name="Districts covered",
        help_text="Tick every district where people can use it. For a county-wide service, tick all seven.",
    )
    phone = models.CharField(max_length=30, blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    opening_times = models.TextField(
        max_length=300,
        blank=True,
        help_text="When people can call or visit, e.g. “Monday to Friday, 9am to 5pm”.",
    )
    cost = models.CharField(
        max_length=150, blank=True, help_text="For example “Free” or “£3 for lunch”. Leave empty if unsure."
    )
    charge = models.CharField(
        max_length=10,
        choices=Charge.choices,
        blank=True,
        verbose_name="Free or paid",
        help_text="Used by the cost filter. Leave empty if unsure.",
    )
    address = models.TextField(
        max_length=300,
        blank=True,
        verbose_name="Where it meets",
        help_text="The venue and street, if people go there. Leave empty for a phone or home-visit service.",
    )
    postcode = PostcodeField(blank=True, help_text="The venue's postcode, used to sort services by distance.")
    latitude = models.DecimalField(max_digits=8, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    accessibility = models.TextField(
        max_length=400,
        blank=True,
        help_text="For example “Step-free entrance, hearing loop, accessible toilet”.",
    )
    how_to_refer = models.TextField(
        max_length=600,
        blank=True,
        verbose_name="How to start using it",
        help_text="Can people contact it themselves, or do they need a referral, e.g. from their GP?",
    )
    public_id = models.UUIDField(
        unique=True,
        editable=False,
        help_text="The service's id in the Open Referral feed. It never changes, so partners can follow it.",
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="support_service")

    objects = SupportServiceQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("description"),
        FieldPanel("who_it_is_for"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        FieldPanel("districts", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website"), FieldPanel("opening_times")],
            heading="Contact",
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("postcode"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("accessibility"),
            ],
            heading="Where",
            help_text="Latitude and longitude are optional: without them the postcode places it on the map.",
        ),
        MultiFieldPanel(
            [FieldPanel("cost"), FieldPanel("charge"), FieldPanel("audience"), FieldPanel("how_to_refer")],
            heading="Using the service",
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=5),
        index.AutocompleteField("name"),
        index.SearchField("description", boost=2),
        index.SearchField("who_it_is_for"),
        index.SearchField("organisation"),
        index.RelatedFields("categories", [index.SearchField("name", boost=3)]),
        index.RelatedFields("districts", [index.SearchField("name")]),
        index.FilterField("live"),
        index.FilterField("id"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "support service"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.public_id = self.public_id or self._first_public_id()
        super().save(*args, **kwargs)

    def _first_public_id(self):
        """The id already stored (a revision from before ids may lack it), else one made from the name,
        so a service deleted and imported again keeps its id; a random one if another service has it."""
        stored = SupportService.objects.filter(pk=self.pk).values_list("public_id", flat=True).first()
        if stored:
            return stored
        from_name = support_service_id(self.name)
        taken = SupportService.objects.filter(public_id=from_name).exclude(pk=self.pk).exists()
        return uuid.uuid4() if taken else from_name

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "toolkits/previews/support_service.html"

    distance_miles = None  # how far from the place a resident gave, set by the listing (toolkits/listing.py)

    @property
    def slug(self):
        return slugify(self.name) or "service"

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def point(self):
        """Where it meets: its own position, else its postcode's area; None for a phone service."""
        if self.has_coordinates:
            return gazetteer.Point(float(self.latitude), float(self.longitude))
        place = gazetteer.postcode_place(self.postcode) if self.postcode else None
        return place.point if place else None

    @property
    def district_names(self):
        """“All of Leicestershire”, or the districts covered in order (uses prefetched districts)."""
        districts = sorted(self.districts.all(), key=lambda district: district.name)
        if len(districts) == len(District.choices):
            return "All of Leicestershire"
        return ", ".join(district.name for district in districts)

"""The local support services spreadsheet: one row per service. See docs/toolkits.md.

The columns are declared once, below; reading, checking, previewing, applying and downloading are
home/spreadsheet_sections.py's, the same as for every section. A row finds its service by name.
"""

from wagtail.log_actions import log

from home.districts import District
from home.spreadsheet_columns import Column, contact_columns, model_field
from home.spreadsheet_sections import SpreadsheetSection, publishing_notes
from home.spreadsheets import CellError, parse_district
from toolkits.models import Audience, Charge, ServiceDistrict, SupportCategory, SupportService

ALL_DISTRICTS = "All of Leicestershire"


def service_field(name, friendly_message=""):
    return model_field(SupportService, name, friendly_message)


def parse_categories(text):
    """Kinds of support by name or slug, separated by ";"."""
    categories = list(SupportCategory.objects.all())
    known = {key.casefold(): category for category in categories for key in (category.name, category.slug)}
    chosen = []
    for item in _split(text):
        if item.casefold() not in known:
            names = ", ".join(category.name for category in categories)
            raise CellError(f'There is no kind of support called "{item}". The kinds are: {names}.')
        chosen.append(known[item.casefold()])
    return sorted(set(chosen), key=lambda category: (category.sort_order, category.name))


def format_categories(categories):
    return "; ".join(category.name for category in sorted(categories, key=lambda c: (c.sort_order, c.name)))


def parse_districts(text):
    """Districts by name, separated by ";", or "All of Leicestershire"."""
    slugs = (
        District.values if text.casefold() == ALL_DISTRICTS.casefold() else map(parse_district, _split(text))
    )
    return sorted(ServiceDistrict.objects.filter(slug__in=list(slugs)), key=lambda district: district.name)


def format_districts(districts):
    if len(districts) == len(District.choices):
        return ALL_DISTRICTS
    return "; ".join(district.name for district in sorted(districts, key=lambda district: district.name))


def choice_column(header, help_text, choices, empty=""):
    """A column of one of the model's choices, written by its label ("Carers") or its value ("carers")."""
    by_text = {key.casefold(): value for value, label in choices for key in (value, label)}

    def parse(text):
        if text.casefold() not in by_text:
            raise CellError(f"Write one of: {', '.join(label for _, label in choices)}, or leave it empty.")
        return by_text[text.casefold()]

    return Column(
        header, help_text, parse=parse, format=lambda value: dict(choices).get(value, ""), empty=empty
    )


def _split(text):
    return [part.strip() for part in text.split(";") if part.strip()]


COLUMNS = [
    Column(
        "name",
        "The name people know it by. It is how a row finds the service to update: a new name adds a service.",
        parse=service_field("name"),
        required=True,
    ),
    Column("organisation", "The group or charity that runs it.", parse=service_field("organisation")),
    Column(
        "description",
        "What the service does, in a sentence or two, in plain words (up to 600 characters).",
        parse=service_field("description"),
        required=True,
    ),
    Column(
        "who_it_is_for",
        "For example “Adults aged 60 and over who live alone”.",
        parse=service_field("who_it_is_for"),
    ),
    Column(
        "categories",
        "Kinds of support from the website's list, separated by ;, e.g. Befriending; Lunch clubs.",
        parse=parse_categories,
        format=format_categories,
        required=True,
    ),
    Column(
        "districts",
        f"Districts where people can use it, separated by ;, or “{ALL_DISTRICTS}”.",
        parse=parse_districts,
        format=format_districts,
        required=True,
    ),
    *contact_columns(SupportService, "people", "hello@example.org.uk"),
    Column(
        "opening_times",
        "When people can call or visit, e.g. “Monday to Friday, 9am to 5pm”.",
        parse=service_field("opening_times"),
    ),
    Column(
        "cost", "For example “Free” or “£3 for lunch”. Leave empty if unsure.", parse=service_field("cost")
    ),
    choice_column(
        "charge",
        "Free, or There is a charge, for the directory's cost filter. Leave empty if unsure.",
        Charge.choices,
    ),
    choice_column(
        "audience",
        "Who it is mainly for, for the directory's filter, e.g. Carers. Empty means Everyone.",
        Audience.choices,
        empty=Audience.EVERYONE,
    ),
    Column(
        "address",
        "The venue and street, if people go there. Leave empty for a phone or home-visit service.",
        parse=service_field("address"),
    ),
    Column(
        "postcode",
        "The venue's postcode, used to sort services by distance.",
        parse=service_field("postcode", "Enter a postcode, like LE12 9AB."),
    ),
    Column(
        "accessibility",
        "For example “Step-free entrance, hearing loop, accessible toilet”.",
        parse=service_field("accessibility"),
    ),
    Column(
        "how_to_refer",
        "Can people contact it themselves, or do they need a referral, e.g. from their GP?",
        parse=service_field("how_to_refer"),
    ),
]
RELATED_COLUMNS = ("categories", "districts")


class SupportServiceSection(SpreadsheetSection):
    name, label = "support-services", "Local support services"
    singular, plural = "service", "services"
    columns = COLUMNS
    key_columns, not_compared = ("name",), ()  # a service's name finds it, and may change its capitals

    def existing(self):
        return {service.name.casefold(): service for service in self.export_items()}

    def export_items(self):
        return SupportService.objects.prefetch_related("categories", "districts").order_by("name")

    def key(self, values):
        return values["name"].casefold(), "name"

    def key_problem(self, key, values, existing):
        if SupportService.objects.filter(name__iexact=key).count() > 1:
            return "Two services already have this name: rename one in the admin first."
        return ""

    def title(self, values, service):
        return values["name"]

    def current_values(self, service):
        values = {column.header: getattr(service, column.header) for column in COLUMNS}
        return values | {name: list(getattr(service, name).all()) for name in RELATED_COLUMNS}

    def complete_row(self, values, service):
        return publishing_notes(service) if service else []

    def save(self, service, values, user):
        created = service is None
        service = SupportService(live=False) if created else SupportService.objects.get(pk=service.pk)
        for column, value in values.items():
            setattr(service, column, value)
        if created:
            service.save()
            log(instance=service, action="wagtail.create", user=user, content_changed=True)
        # A change goes into the revision only: the live service changes when (if) it is published.
        revision = service.save_revision(user=user, log_action=True)
        if user is None or self.can_publish(service, user):
            revision.publish(user=user)
        return service.name

    def can_publish(self, service, user):
        return user.has_perm("toolkits.publish_supportservice")


section = SupportServiceSection()

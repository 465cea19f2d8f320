"""The What's on listing: coming events filtered by district, type, dates and section, by next date."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django import forms
from django.http import QueryDict
from wagtail.models import Page

from home.dates import local_now
from home.districts import District
from whatson.models.events import EventPage, EventType, still_on
from whatson.recurrence import Occurrence, local_zone

# With no end date chosen, the listing looks this far ahead.
DEFAULT_RANGE = timedelta(days=365)


class EventFilterForm(forms.Form):
    district = forms.ChoiceField(choices=[("", "All districts"), *District.choices], required=False)
    type = forms.ChoiceField(
        label="Type of event", choices=[("", "All types"), *EventType.choices], required=False
    )
    date_from = forms.DateField(
        label="From",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="For example 25/12/2026",
    )
    date_to = forms.DateField(
        label="To",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="For example 31/12/2026",
    )
    section = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean_section(self):
        page_id = self.cleaned_data["section"]
        if page_id is None:
            return None
        page = Page.objects.live().public().filter(pk=page_id).first()
        if page is None:
            raise forms.ValidationError("That page has no events to show.")
        return page.specific

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_to"] < data["date_from"]:
            self.add_error("date_to", "The end date must be the same as or after the start date.")
        return data


@dataclass(frozen=True)
class ListedEvent:
    event: EventPage
    occurrence: Occurrence  # the first one in the dates asked for


@dataclass
class Listing:
    items: list = field(default_factory=list)
    section: Page | None = None

    @property
    def title(self):
        return f"Events: {self.section.title}" if self.section else "What’s on"


def coming_events(within, limit=5, now=None):
    """The next few events under a page (a library, a planning group, the home page), soonest first."""
    return event_listing(within, EventFilterForm(), now).items[:limit]


def listing_changes_at(items, now=None):
    """When a listing of these events next reads differently by the clock alone: as one starts (it
    is on now) or ends (it drops off)."""
    now = now or local_now()
    moments = [m for item in items for m in (item.occurrence.start, item.occurrence.end) if m > now]
    return min(moments, default=None)


def listing_filters(form):
    """The filters the listing applies: none if any of them is bad."""
    return form.cleaned_data if form.is_bound and form.is_valid() else {}


def filters_in_force(form):
    """The filters the listing applies, as a query string's parameters (for its calendar feed)."""
    query = QueryDict(mutable=True)
    for name, value in listing_filters(form).items():
        if isinstance(value, Page):
            query[name] = str(value.pk)
        elif isinstance(value, date):
            query[name] = value.isoformat()
        elif value:
            query[name] = value
    return query


def event_listing(within, form, now=None):
    """Events still to come (or on now) that match the form; all coming events if the form is invalid."""
    now = now or local_now()
    data = listing_filters(form)
    zone = local_zone()
    after = now
    if data.get("date_from"):
        after = max(now, datetime.combine(data["date_from"], time.min, tzinfo=zone))
    before = after + DEFAULT_RANGE
    if data.get("date_to"):
        before = datetime.combine(data["date_to"] + timedelta(days=1), time.min, tzinfo=zone)

    section = data.get("section")
    events = (
        EventPage.objects.live()
        .public()
        .descendant_of(section or within)
        .filter(still_on(now))
        .select_related("venue_library")
        .prefetch_related("cancellations")
    )
    if data.get("district"):
        events = events.filter(district=data["district"])
    if data.get("type"):
        events = events.filter(event_type=data["type"])

    items = []
    for event in events:
        found = event.occurrences(after=after, before=before)
        if found:
            items.append(ListedEvent(event, found[0]))
    items.sort(key=lambda item: (item.occurrence.start, item.event.title))
    return Listing(items=items, section=section)

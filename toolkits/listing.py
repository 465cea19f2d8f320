"""Filters residents can apply, as plain GET forms that work without JavaScript.

The local support list (a block in a toolkit chapter) filters live support services by district and
kind of support; the case studies index filters live case studies by theme and district. Bad values
in the address are ignored, never fatal. Queries do not grow with the number of items listed.
"""

from dataclasses import dataclass

from django import forms
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.functional import cached_property

from home import gazetteer
from home.districts import District
from toolkits.models.services import Audience, Charge

COUNTYWIDE = "countywide"


SERVICES_PER_PAGE = 20
KM_PER_MILE = 1.609344


class SupportServiceFilterForm(forms.Form):
    near = forms.CharField(
        required=False,
        max_length=60,
        label="Your town, village or postcode",
        help_text="For example Quorn or LE12 9AB",
    )
    district = forms.ChoiceField(
        required=False, label="District", choices=[("", "All districts"), *District.choices]
    )
    category = forms.ChoiceField(required=False, label="Kind of support")
    cost = forms.ChoiceField(required=False, label="Cost", choices=[("", "Free or paid"), *Charge.choices])
    audience = forms.ChoiceField(
        required=False,
        label="Who it is for",
        help_text="Services open to everyone are included",
        choices=[
            ("", "Anyone"),
            *((value, label) for value, label in Audience.choices if value != Audience.EVERYONE),
        ],
    )

    # How a resident would name each filter when it could not be used
    names = {
        "near": "place or postcode",
        "district": "district",
        "category": "kind of support",
        "cost": "cost",
        "audience": "who it is for",
    }

    def __init__(self, *args, categories=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [
            ("", "Any kind of support"),
            *((c.slug, c.name) for c in categories),
        ]

    def problems(self):
        """A sentence for each filter that could not be used; the others still apply."""
        return [
            f"We ignored the {self.names[name]} you gave, as "
            + ("it is too long (60 characters at most)." if name == "near" else "it is not one we know.")
            for name in self.errors
            if name in self.names
        ]


@dataclass
class Listing:
    items: list | QuerySet  # a query when its order is the database's, so a page of it is read at a time
    total: int
    filtered: bool
    origin_label: str = ""  # the place typed, when services are nearest to it first

    @cached_property
    def count(self):
        if not self.filtered:
            return self.total
        return self.items.count() if isinstance(self.items, QuerySet) else len(self.items)


def _choice_label(form, name, value):
    return dict(form.fields[name].choices).get(value, "")


def filters_in_force(form):
    """The form's filters whose values are good, as a query string's parameters."""
    query = QueryDict(mutable=True)
    for name, value in getattr(form, "cleaned_data", {}).items():  # none when nothing was asked
        if value:
            query[name] = value
    return query


def find_support_services(request_data=None, categories=None):
    """The live support services a resident asked for: the directory's and the toolkit chapter's query.

    Filters by district, kind of support, cost and who it is for; a town, village or postcode limits
    the list to services covering its district (unless a district is chosen) and puts the nearest
    first, each service knowing its `distance_miles` (None for services without a place). A filter
    with a bad value is left out and named in `chosen["problems"]`; the rest still apply. The kinds of
    support to choose from are read unless `categories` gives them.
    """
    from toolkits.models import SupportCategory, SupportService

    if categories is None:
        categories = SupportCategory.objects.all()
    form = SupportServiceFilterForm(request_data or None, categories=categories)
    form.is_valid()  # cleaned_data keeps only the fields whose values are good
    data = getattr(form, "cleaned_data", {})
    district, place_problem, origin = data.get("district"), "", None
    if data.get("near"):
        place = gazetteer.find_place(data["near"])
        origin = place.point if place else None
        if not district:
            district = place.district if place else ""
            if not district:
                place_problem = (
                    f"We could not find “{data['near']}” in Leicestershire's districts, so every service "
                    "is shown. Try a town or village, or a postcode such as LE12 9AB."
                )
        elif place is None:
            place_problem = (
                f"We could not find “{data['near']}” in or near Leicestershire. Try a town or village, "
                "or a postcode such as LE12 9AB."
            )
    services = SupportService.objects.live()
    total = services.count()
    if district:
        services = services.in_district(district)
    if data.get("category"):
        services = services.in_category(data["category"])
    if data.get("cost"):
        services = services.with_charge(data["cost"])
    if data.get("audience"):
        services = services.for_audience(data["audience"])
    items = services.for_listing()  # by name: a page of them is read at a time
    if origin:
        items = list(items)
        for service in items:
            point = service.point
            service.distance_miles = gazetteer.distance_km(origin, point) / KM_PER_MILE if point else None
        items.sort(key=lambda s: (s.distance_miles is None, s.distance_miles or 0, s.name, s.pk))
    listing = Listing(
        items=items,
        total=total,
        filtered=any(data.get(name) for name in ("category", "cost", "audience")) or bool(district),
        origin_label=data["near"] if origin else "",
    )
    return (
        form,
        listing,
        {
            "district": District(district).label if district else "",
            "category": _choice_label(form, "category", data.get("category")),
            "place_problem": place_problem,
            "problems": form.problems(),
        },
    )


class CaseStudyFilterForm(forms.Form):
    theme = forms.ChoiceField(required=False, label="Theme")
    district = forms.ChoiceField(
        required=False,
        label="District",
        choices=[("", "All districts"), *District.choices, (COUNTYWIDE, "Across the whole county")],
    )

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", "Any theme"), *((t.slug, t.name) for t in themes)]


def case_study_themes(case_studies):
    """The themes the case studies (their themes prefetched) are filed under, by name."""
    themes = {item.tag.pk: item.tag for case_study in case_studies for item in case_study.tagged_items.all()}
    return sorted(themes.values(), key=lambda t: t.name)


def case_study_filters(form):
    """The theme and district the form asks for: none if either is bad."""
    return form.cleaned_data if form.is_bound and form.is_valid() else {}


def filter_case_studies(case_studies, form):
    """The live case studies (a list, their themes prefetched) of the theme and district the form asks for."""
    data = case_study_filters(form)
    items = case_studies
    if data.get("theme"):
        items = [c for c in items if data["theme"] in {item.tag.slug for item in c.tagged_items.all()}]
    if data.get("district") == COUNTYWIDE:
        items = [c for c in items if not c.district]
    elif data.get("district"):
        items = [c for c in items if c.district == data["district"]]
    return Listing(
        items=list(items), total=len(case_studies), filtered=bool(data.get("theme") or data.get("district"))
    )

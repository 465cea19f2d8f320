"""Filters residents can apply, as plain GET forms that work without JavaScript.

The local support list (a block in a toolkit chapter) filters live support services by district and
kind of support; the case studies index filters live case studies by theme and district. Bad values
in the address are ignored, never fatal. Queries do not grow with the number of items listed.
"""

from dataclasses import dataclass

from django import forms

from home import gazetteer
from home.districts import District

COUNTYWIDE = "countywide"


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

    def __init__(self, *args, categories=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [
            ("", "Any kind of support"),
            *((c.slug, c.name) for c in categories),
        ]


@dataclass
class Listing:
    items: list
    total: int
    filtered: bool

    @property
    def count(self):
        return len(self.items)


def _choice_label(form, name, value):
    return dict(form.fields[name].choices).get(value, "")


def find_support_services(request_data=None):
    """The live support services, filtered by the request's district and category when given."""
    from toolkits.models import SupportCategory, SupportService

    form = SupportServiceFilterForm(request_data or None, categories=SupportCategory.objects.all())
    data = form.cleaned_data if form.is_valid() else {}
    district, place_problem = data.get("district"), ""
    if data.get("near") and not district:
        place = gazetteer.find_place(data["near"])
        district = place.district if place else ""
        if not district:
            place_problem = (
                f"We could not find “{data['near']}” in Leicestershire's districts, so every service is "
                "shown. Try a town or village, or a postcode such as LE12 9AB."
            )
    services = SupportService.objects.live()
    total = services.count()
    if district:
        services = services.in_district(district)
    if data.get("category"):
        services = services.in_category(data["category"])
    listing = Listing(
        items=list(services.for_listing()),
        total=total,
        filtered=bool(district or data.get("category")),
    )
    return (
        form,
        listing,
        {
            "district": District(district).label if district else "",
            "category": _choice_label(form, "category", data.get("category")),
            "place_problem": place_problem,
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


def filter_case_studies(case_studies, themes, request_data=None):
    """Filter a queryset of live case studies by the request's theme and district."""
    form = CaseStudyFilterForm(request_data or None, themes=themes)
    data = form.cleaned_data if form.is_valid() else {}
    total = case_studies.count()
    if data.get("theme"):
        case_studies = case_studies.filter(tagged_items__tag__slug=data["theme"])
    if data.get("district") == COUNTYWIDE:
        case_studies = case_studies.filter(district="")
    elif data.get("district"):
        case_studies = case_studies.filter(district=data["district"])
    listing = Listing(
        items=list(case_studies), total=total, filtered=bool(data.get("theme") or data.get("district"))
    )
    return form, listing

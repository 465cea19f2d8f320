"""Filters residents can apply, as plain GET forms that work without JavaScript.

The local support list (a block in a toolkit chapter) filters live support services by district and
kind of support; the case studies index filters live case studies by theme and district. Bad values
in the address are ignored, never fatal. Queries do not grow with the number of items listed.
"""

from dataclasses import dataclass

from django import forms

from home.districts import District

COUNTYWIDE = "countywide"


class SupportServiceFilterForm(forms.Form):
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
    services = SupportService.objects.live()
    total = services.count()
    if data.get("district"):
        services = services.in_district(data["district"])
    if data.get("category"):
        services = services.in_category(data["category"])
    listing = Listing(
        items=list(services.for_listing()),
        total=total,
        filtered=bool(data.get("district") or data.get("category")),
    )
    return (
        form,
        listing,
        {
            "district": _choice_label(form, "district", data.get("district")),
            "category": _choice_label(form, "category", data.get("category")),
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

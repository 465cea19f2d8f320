from django import forms

from home.districts import District
from search import sections


class SearchForm(forms.Form):
    """What the search page reads from its address. Every field is optional; bad values are ignored."""

    query = forms.CharField(required=False, strip=False)
    section = forms.ChoiceField(
        required=False, choices=[("", "All"), *((s.slug, s.label) for s in sections.SECTIONS)]
    )
    district = forms.ChoiceField(required=False, choices=[("", "All"), *District.choices])
    page = forms.IntegerField(required=False, min_value=1)

    def valid_values(self):
        """The fields that are valid; an invalid one (a made-up district, page "abc") is left out."""
        self.is_valid()
        return self.cleaned_data

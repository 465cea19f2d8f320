from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from home.dates import local_today


class VolunteerEditedPageForm(WagtailAdminPageForm):
    """The form of a volunteer-edited page: ticking the box records that the page was checked today."""

    confirm_reviewed = forms.BooleanField(
        required=False,
        label="I have checked everything on this page and it is up to date",
        help_text="Tick this whenever you have checked the whole page, even if nothing needed changing.",
    )

    def save(self, commit=True):
        if self.cleaned_data.get("confirm_reviewed"):
            self.instance.last_reviewed = local_today()
        return super().save(commit=commit)

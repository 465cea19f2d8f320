"""The plan page's admin form: milestones are checked together, with messages on the field at fault."""

from home.dates import local_today
from home.volunteers.forms import VolunteerEditedPageForm
from neighbourhood.stages import MilestoneFacts, milestone_errors


class NeighbourhoodPlanPageForm(VolunteerEditedPageForm):
    def clean(self):
        cleaned_data = super().clean()
        forms = [
            form
            for form in self.formsets["milestones"].forms
            if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        facts = [
            MilestoneFacts(
                form.cleaned_data["stage"],
                form.cleaned_data["date"],
                form.cleaned_data.get("end_date"),
                form.cleaned_data.get("turnout"),
                form.cleaned_data.get("yes_percent"),
            )
            for form in forms
        ]
        for position, problems in milestone_errors(facts, local_today()).items():
            for field, message in problems.items():
                forms[position].add_error(field, message)
        return cleaned_data

"""The library page's admin form: opening hours are checked as a whole, with messages on the row at fault."""

from home.volunteers.forms import VolunteerEditedPageForm
from libraries.opening_hours import MIDNIGHT, WeeklySession


class CommunityLibraryPageForm(VolunteerEditedPageForm):
    def clean(self):
        cleaned_data = super().clean()
        self._check_weekly_sessions()
        self._check_date_exceptions()
        return cleaned_data

    def _live_forms(self, formset_name):
        formset = self.formsets.get(formset_name)
        if formset is None:
            return []
        return [
            form
            for form in formset.forms
            if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]

    def _check_weekly_sessions(self):
        accepted = []
        for form in self._live_forms("opening_sessions"):
            data = form.cleaned_data
            opens, closes = data["opens"], data["closes"]
            if closes != MIDNIGHT and closes <= opens:
                form.add_error("closes", "The closing time must be after the opening time.")
                continue
            session = WeeklySession(opens=opens, closes=closes, weekday=data["weekday"])
            clash = next(
                (other for other in accepted if other.weekday == session.weekday and other.overlaps(session)),
                None,
            )
            if clash:
                form.add_error(
                    "opens",
                    f"This overlaps the {clash.opens:%H:%M} to {clash.closes:%H:%M} session on the same day.",
                )
                continue
            accepted.append(session)

    def _check_date_exceptions(self):
        for form in self._live_forms("date_exceptions"):
            data = form.cleaned_data
            if data.get("end_date") and data["end_date"] < data["start_date"]:
                form.add_error("end_date", "The last day must be on or after the first day.")
            opens, closes = data.get("opens"), data.get("closes")
            if (opens is None) != (closes is None):
                form.add_error(
                    "closes" if opens else "opens", "Give both times for special hours, or neither if closed."
                )
            elif opens is not None and closes != MIDNIGHT and closes <= opens:
                form.add_error("closes", "The closing time must be after the opening time.")

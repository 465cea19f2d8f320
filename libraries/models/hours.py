from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from libraries import opening_hours


class Weekday(models.IntegerChoices):
    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


class LibraryOpeningSession(Orderable):
    """One opening session in a normal week, e.g. Tuesday 10:00 to 13:00."""

    page = ParentalKey(
        "libraries.CommunityLibraryPage", on_delete=models.CASCADE, related_name="opening_sessions"
    )
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices, verbose_name="day")
    opens = models.TimeField(help_text="For example 10:00")
    closes = models.TimeField(help_text="For example 13:00. Use 00:00 for midnight.")

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = "opening session"

    def as_session(self):
        return opening_hours.WeeklySession(opens=self.opens, closes=self.closes, weekday=self.weekday)


class LibraryDateException(Orderable):
    """Dates when the usual hours do not apply: closed, or open at special times."""

    page = ParentalKey(
        "libraries.CommunityLibraryPage", on_delete=models.CASCADE, related_name="date_exceptions"
    )
    start_date = models.DateField()
    end_date = models.DateField(blank=True, null=True, help_text="Leave empty for a single day.")
    opens = models.TimeField(
        blank=True, null=True, help_text="Leave both times empty if the library is closed."
    )
    closes = models.TimeField(blank=True, null=True)
    reason = models.CharField(max_length=120, blank=True, help_text='Shown to visitors, e.g. "Bank holiday".')

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("reason"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "closure or special opening"

    @property
    def last_date(self):
        return self.end_date or self.start_date

    def as_exception(self):
        return opening_hours.DateException(
            start=self.start_date,
            end=self.last_date,
            opens=self.opens,
            closes=self.closes,
            reason=self.reason,
        )

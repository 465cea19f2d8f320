from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from neighbourhood.stages import MilestoneFacts, Stage


class PlanMilestone(Orderable):
    """A dated step in the plan's progress; the latest one is the plan's current stage."""

    page = ParentalKey(
        "neighbourhood.NeighbourhoodPlanPage", on_delete=models.CASCADE, related_name="milestones"
    )
    stage = models.CharField(max_length=20, choices=Stage.choices)
    date = models.DateField(help_text="When it happened, or when a consultation opens.")
    end_date = models.DateField(
        null=True, blank=True, help_text="For a consultation or an examination: the last day."
    )
    how_to_respond = RichTextField(
        blank=True,
        features=["bold", "link", "document-link", "ul"],
        help_text="For a consultation: how residents can comment.",
    )
    turnout = models.DecimalField(
        max_digits=4, decimal_places=1, null=True, blank=True, help_text="Referendum only: turnout, in %."
    )
    yes_percent = models.DecimalField(
        "Yes vote",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        help_text="Referendum only: yes vote, in %.",
    )

    panels = [
        FieldRowPanel([FieldPanel("stage"), FieldPanel("date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("turnout"), FieldPanel("yes_percent")]),
        FieldPanel("how_to_respond"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "milestone"

    def __str__(self):
        return f"{self.get_stage_display()} ({self.date:%d/%m/%Y})"

    def as_facts(self):
        return MilestoneFacts(self.stage, self.date, self.end_date, self.turnout, self.yes_percent)

    def is_open_on(self, day):
        return self.end_date is not None and self.date <= day <= self.end_date


class PlanDocument(Orderable):
    """A document of the plan (draft plan, evidence, consultation statement, examiner's report), by stage."""

    page = ParentalKey(
        "neighbourhood.NeighbourhoodPlanPage", on_delete=models.CASCADE, related_name="documents"
    )
    stage = models.CharField(max_length=20, choices=Stage.choices, help_text="The stage it belongs to.")
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    description = models.CharField(max_length=200, blank=True, help_text="Optional: what is in it.")

    panels = [FieldRowPanel([FieldPanel("stage"), FieldPanel("document")]), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = "document"


class PlanMeeting(Orderable):
    page = ParentalKey(
        "neighbourhood.NeighbourhoodPlanPage", on_delete=models.CASCADE, related_name="meetings"
    )
    starts_at = models.DateTimeField("Date and time")
    place = models.CharField(max_length=200)
    notes = models.CharField(max_length=250, blank=True, help_text="For example: all welcome, agenda online.")

    panels = [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("place")]), FieldPanel("notes")]

    class Meta(Orderable.Meta):
        verbose_name = "meeting"
        ordering = ["starts_at"]

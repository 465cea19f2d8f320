"""The stages of a neighbourhood plan, in the order the law sets, and the rules between them."""

from dataclasses import dataclass
from datetime import date

from django.db import models


class Stage(models.TextChoices):
    # Value order is not meaningful; STAGE_ORDER is.
    DESIGNATED = "designated", "Area designated"
    PRE_SUBMISSION = "pre-submission", "Pre-submission consultation (Regulation 14)"
    SUBMISSION = "submission", "Submitted to the district council (Regulation 16)"
    EXAMINATION = "examination", "Independent examination"
    REFERENDUM = "referendum", "Referendum"
    MADE = "made", "Made (adopted)"


STAGE_ORDER = [
    Stage.DESIGNATED,
    Stage.PRE_SUBMISSION,
    Stage.SUBMISSION,
    Stage.EXAMINATION,
    Stage.REFERENDUM,
    Stage.MADE,
]
NOT_STARTED_LABEL = "Getting started"
# Stages with a consultation period: they have an end date and residents can respond.
CONSULTATION_STAGES = {Stage.PRE_SUBMISSION, Stage.SUBMISSION}


def stage_index(stage):
    return STAGE_ORDER.index(Stage(stage))


def short_label(stage):
    return {
        Stage.DESIGNATED: "Area designated",
        Stage.PRE_SUBMISSION: "Pre-submission",
        Stage.SUBMISSION: "Submission",
        Stage.EXAMINATION: "Examination",
        Stage.REFERENDUM: "Referendum",
        Stage.MADE: "Made",
    }[Stage(stage)]


@dataclass(frozen=True)
class MilestoneFacts:
    """What the rules need to know about one milestone."""

    stage: str
    date: date
    end_date: date | None = None
    turnout: object = None
    yes_percent: object = None


def current_stage(milestones, today):
    """The furthest stage reached by today; a referendum booked for next month is not reached yet."""
    reached = [stage_index(m.stage) for m in milestones if m.date <= today]
    return STAGE_ORDER[max(reached)] if reached else None


def milestone_errors(milestones, today):
    """{position in the list: {field: message}} for milestones that break the rules."""
    errors = {}
    seen = {}
    for position, milestone in enumerate(milestones):
        problems = {}
        stage = Stage(milestone.stage)
        if stage in seen:
            problems["stage"] = f"This plan already has a “{stage.label}” milestone."
        if milestone.end_date and milestone.end_date < milestone.date:
            problems["end_date"] = "The end date must be on or after the start date."
        has_result = milestone.turnout is not None or milestone.yes_percent is not None
        if has_result and stage != Stage.REFERENDUM:
            problems["turnout"] = "Only a referendum has a turnout and a result."
        elif has_result and milestone.date > today:
            problems["turnout"] = "Add the result once the referendum has taken place."
        for value, name in ((milestone.turnout, "turnout"), (milestone.yes_percent, "yes_percent")):
            if value is not None and not 0 <= value <= 100:
                problems[name] = "Enter a percentage from 0 to 100."
        if problems:
            errors[position] = problems
        seen.setdefault(stage, (position, milestone))

    for position, milestone in enumerate(milestones):
        if position in errors:
            continue
        for earlier_stage, (_, earlier) in seen.items():
            if stage_index(earlier_stage) < stage_index(milestone.stage) and milestone.date < earlier.date:
                errors[position] = {
                    "date": (
                        f"{Stage(milestone.stage).label} cannot be before {earlier_stage.label.lower()} "
                        f"({earlier.date:%-d %B %Y})."
                    )
                }
                break
    return errors

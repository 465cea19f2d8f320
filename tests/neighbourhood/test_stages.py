"""A plan's stage comes from its milestones, and milestones must make sense together."""

from datetime import date
from decimal import Decimal

import pytest

from neighbourhood.stages import MilestoneFacts, Stage, current_stage, milestone_errors

TODAY = date(2026, 11, 22)


def facts(stage, day, **extra):
    return MilestoneFacts(stage, date.fromisoformat(day), **extra)


def test_the_current_stage_is_the_furthest_stage_reached():
    milestones = [facts(Stage.SUBMISSION, "2025-01-10"), facts(Stage.DESIGNATED, "2023-03-01")]

    assert current_stage(milestones, TODAY) == Stage.SUBMISSION


def test_a_plan_with_no_milestones_has_no_stage_yet():
    assert current_stage([], TODAY) is None


def test_a_milestone_still_to_come_is_not_the_current_stage():
    milestones = [facts(Stage.EXAMINATION, "2026-06-01"), facts(Stage.REFERENDUM, "2027-02-11")]

    assert current_stage(milestones, TODAY) == Stage.EXAMINATION


def test_milestones_in_order_are_accepted():
    milestones = [
        facts(Stage.DESIGNATED, "2023-03-01"),
        facts(Stage.PRE_SUBMISSION, "2024-05-01", end_date=date(2024, 6, 15)),
        facts(Stage.EXAMINATION, "2025-04-01"),
        facts(Stage.REFERENDUM, "2025-09-04", turnout=Decimal("30.2"), yes_percent=Decimal("88")),
        facts(Stage.MADE, "2025-10-01"),
    ]

    assert milestone_errors(milestones, TODAY) == {}


def test_a_referendum_before_the_examination_is_refused_on_its_date():
    milestones = [facts(Stage.EXAMINATION, "2025-04-01"), facts(Stage.REFERENDUM, "2025-03-01")]

    errors = milestone_errors(milestones, TODAY)

    assert errors == {1: {"date": "Referendum cannot be before independent examination (1 April 2025)."}}


def test_a_result_only_once_the_referendum_has_taken_place():
    future = facts(Stage.REFERENDUM, "2027-02-11", turnout=Decimal("30"), yes_percent=Decimal("80"))

    assert milestone_errors([future], TODAY) == {
        0: {"turnout": "Add the result once the referendum has taken place."}
    }


def test_only_a_referendum_has_a_result():
    errors = milestone_errors([facts(Stage.EXAMINATION, "2025-01-01", turnout=Decimal("30"))], TODAY)

    assert errors[0] == {"turnout": "Only a referendum has a turnout and a result."}


@pytest.mark.parametrize("value", [Decimal("-1"), Decimal("100.1")])
def test_percentages_stay_between_0_and_100(value):
    errors = milestone_errors(
        [facts(Stage.REFERENDUM, "2025-01-01", turnout=Decimal("30"), yes_percent=value)], TODAY
    )

    assert errors[0] == {"yes_percent": "Enter a percentage from 0 to 100."}


def test_a_stage_can_be_recorded_once():
    errors = milestone_errors(
        [facts(Stage.DESIGNATED, "2023-01-01"), facts(Stage.DESIGNATED, "2023-02-01")], TODAY
    )

    assert errors == {1: {"stage": "This plan already has a “Area designated” milestone."}}


def test_a_consultation_cannot_end_before_it_starts():
    errors = milestone_errors([facts(Stage.PRE_SUBMISSION, "2024-05-01", end_date=date(2024, 4, 1))], TODAY)

    assert errors[0] == {"end_date": "The end date must be on or after the start date."}

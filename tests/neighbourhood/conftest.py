from datetime import date

import pytest

from neighbourhood.models import NeighbourhoodPlanningIndexPage, NeighbourhoodPlanPage, PlanMilestone


@pytest.fixture
def np_index(db):
    return NeighbourhoodPlanningIndexPage.objects.get()


@pytest.fixture
def only_test_plans(np_index):
    """Take the demo plans out, so each test counts only its own."""
    for plan in NeighbourhoodPlanPage.objects.child_of(np_index):
        plan.unpublish()
    return np_index


@pytest.fixture
def make_plan(np_index):
    """make_plan("Anstey", "charnwood", [("designated", "2024-01-01"), ("referendum", "2027-02-01")])"""

    def make(area, district="charnwood", milestones=(), **fields):
        page = NeighbourhoodPlanPage(
            title=f"{area} Neighbourhood Plan", area_name=area, district=district, **fields
        )
        page.milestones = [
            PlanMilestone(
                stage=stage,
                date=date.fromisoformat(day),
                end_date=date.fromisoformat(end[0]) if end else None,
            )
            for stage, day, *end in milestones
        ]
        np_index.add_child(instance=page)
        page.save_revision().publish()
        return page

    return make

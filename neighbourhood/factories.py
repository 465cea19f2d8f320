"""Factories for neighbourhood planning pages: used by the tests and the demo loader."""

from datetime import date
from decimal import Decimal

import factory
import wagtail_factories

from neighbourhood.models import (
    NeighbourhoodPlanningIndexPage,
    NeighbourhoodPlanPage,
    NetworkSignupPage,
    PlanMilestone,
)


def milestone(stage, day, end=None, *, turnout=None, yes_percent=None, how_to_respond=""):
    """An unsaved milestone for the factory: milestone("pre-submission", "2025-05-01", "2025-06-15")."""
    return PlanMilestone(
        stage=stage,
        date=date.fromisoformat(day),
        end_date=date.fromisoformat(end) if end else None,
        turnout=None if turnout is None else Decimal(turnout),
        yes_percent=None if yes_percent is None else Decimal(yes_percent),
        how_to_respond=how_to_respond,
    )


class NeighbourhoodPlanningIndexPageFactory(wagtail_factories.PageFactory):
    title = "Neighbourhood planning"

    class Meta:
        model = NeighbourhoodPlanningIndexPage


class NeighbourhoodPlanPageFactory(wagtail_factories.PageFactory):
    """A published plan under the demo site's neighbourhood planning index page, unless given another parent.

    NeighbourhoodPlanPageFactory(area_name="Anstey", milestones=[milestone("designated", "2024-01-01")])
    """

    area_name = factory.Sequence(lambda n: f"Testham {n}")
    title = factory.LazyAttribute(lambda page: f"{page.area_name} Neighbourhood Plan")
    parent = factory.LazyFunction(NeighbourhoodPlanningIndexPage.objects.get)
    district = "charnwood"

    class Meta:
        model = NeighbourhoodPlanPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # The milestones (a ParentalKey relation) are saved with the page by add_child.
        page = super()._create(model_class, *args, **kwargs)
        page.save_revision().publish()
        return page


class NetworkSignupPageFactory(wagtail_factories.PageFactory):
    title = "Neighbourhood Planning Network"

    class Meta:
        model = NetworkSignupPage

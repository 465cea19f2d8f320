from .network import NetworkSignupPage
from .pages import NeighbourhoodPlanningIndexPage, NeighbourhoodPlanPage
from .plan_parts import PlanDocument, PlanMeeting, PlanMilestone

__all__ = [
    "NeighbourhoodPlanPage",
    "NeighbourhoodPlanningIndexPage",
    "NetworkSignupPage",
    "PlanDocument",
    "PlanMeeting",
    "PlanMilestone",
]

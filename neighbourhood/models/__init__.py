from .network import NetworkSignup, NetworkSignupPage
from .pages import NeighbourhoodPlanningIndexPage, NeighbourhoodPlanPage
from .plan_parts import PlanDocument, PlanMeeting, PlanMilestone

__all__ = [
    "NeighbourhoodPlanPage",
    "NeighbourhoodPlanningIndexPage",
    "NetworkSignup",
    "NetworkSignupPage",
    "PlanDocument",
    "PlanMeeting",
    "PlanMilestone",
]

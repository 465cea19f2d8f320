from home.models import StandardPage
from neighbourhood.models import NeighbourhoodPlanningIndexPage, NeighbourhoodPlanPage, NetworkSignupPage


def test_plans_and_the_network_page_live_under_the_neighbourhood_planning_index():
    assert set(NeighbourhoodPlanningIndexPage.allowed_subpage_models()) == {
        NeighbourhoodPlanPage,
        NetworkSignupPage,
        StandardPage,
    }
    assert set(NeighbourhoodPlanPage.allowed_parent_page_models()) == {NeighbourhoodPlanningIndexPage}
    assert set(NetworkSignupPage.allowed_parent_page_models()) == {NeighbourhoodPlanningIndexPage}
    assert NetworkSignupPage.max_count == 1

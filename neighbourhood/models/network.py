from home.models.network import Network
from home.models.network import NetworkSignupPage as SharedNetworkSignupPage
from search import sections


class NetworkSignupPage(SharedNetworkSignupPage):
    """The Neighbourhood Planning Network's sign-up page (the mechanism is shared: home.network)."""

    search_section = sections.NEIGHBOURHOOD_PLANNING
    search_type_label = "Neighbourhood planning"

    parent_page_types = ["neighbourhood.NeighbourhoodPlanningIndexPage"]
    subpage_types = []
    max_count = 1
    template = "home/network_signup_page.html"
    network = Network.NEIGHBOURHOOD_PLANNING

    class Meta:
        verbose_name = "network sign-up page"

from home.models import SectionIndexPage


class NeighbourhoodPlanningIndexPage(SectionIndexPage):
    """The neighbourhood planning section: guidance, the county's groups and their plans."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StandardPage"]
    max_count = 1
    template = "neighbourhood/neighbourhood_planning_index_page.html"

    class Meta:
        verbose_name = "neighbourhood planning index"

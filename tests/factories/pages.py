import factory
import wagtail_factories

from home.models import StandardPage
from libraries.models import LibraryIndexPage
from neighbourhood.models import NeighbourhoodPlanningIndexPage
from toolkits.models import CaseStudyIndexPage, ToolkitIndexPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    summary = "A page used in tests."

    class Meta:
        model = StandardPage


class LibraryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Community managed libraries"

    class Meta:
        model = LibraryIndexPage


class NeighbourhoodPlanningIndexPageFactory(wagtail_factories.PageFactory):
    title = "Neighbourhood planning"

    class Meta:
        model = NeighbourhoodPlanningIndexPage


class ToolkitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Toolkits"

    class Meta:
        model = ToolkitIndexPage


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Case studies"

    class Meta:
        model = CaseStudyIndexPage

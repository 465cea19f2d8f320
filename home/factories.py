"""Factories for the home app's pages: used by the tests and by the demo loader (home/demo)."""

import factory
import wagtail_factories

from home.models import CommunitiesNetworkPage, StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    summary = "A page used in tests."

    class Meta:
        model = StandardPage


class CommunitiesNetworkPageFactory(wagtail_factories.PageFactory):
    title = "The Communities Network"

    class Meta:
        model = CommunitiesNetworkPage

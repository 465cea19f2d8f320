"""Factories for library pages and what hangs off them: used by the tests and the demo loader."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from libraries.models import (
    CommunityLibraryPage,
    LibraryDateException,
    LibraryIndexPage,
    LibraryOpeningSession,
    UrgentNotice,
)


class LibraryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Community managed libraries"

    class Meta:
        model = LibraryIndexPage


class CommunityLibraryPageFactory(wagtail_factories.PageFactory):
    """A library under the demo site's libraries index page, unless given another parent."""

    title = factory.Sequence(lambda n: f"Test library {n}")
    parent = factory.LazyFunction(LibraryIndexPage.objects.get)
    town = "Anstey"
    address = "1 Example Street"
    postcode = "LE12 9AB"
    district = "charnwood"

    class Meta:
        model = CommunityLibraryPage


def published_library(**fields):
    """A library open on Mondays 09:30 to 12:30, published from a revision as the admin would leave it."""
    library = CommunityLibraryPageFactory(**fields)
    LibraryOpeningSessionFactory(page=library, opens=datetime.time(9, 30), closes=datetime.time(12, 30))
    library = CommunityLibraryPage.objects.get(pk=library.pk)
    library.save_revision().publish()
    return CommunityLibraryPage.objects.get(pk=library.pk)


class LibraryOpeningSessionFactory(DjangoModelFactory):
    page = factory.SubFactory(CommunityLibraryPageFactory)
    weekday = 0
    opens = datetime.time(10, 0)
    closes = datetime.time(13, 0)

    class Meta:
        model = LibraryOpeningSession


class LibraryDateExceptionFactory(DjangoModelFactory):
    page = factory.SubFactory(CommunityLibraryPageFactory)
    start_date = datetime.date(2026, 12, 25)
    reason = "Christmas"

    class Meta:
        model = LibraryDateException


class UrgentNoticeFactory(DjangoModelFactory):
    """A closure notice in force from now for three hours."""

    library = factory.SubFactory(CommunityLibraryPageFactory)
    kind = UrgentNotice.Kind.CLOSED
    message = factory.Sequence(lambda n: f"Closed today: notice {n}")
    starts_at = factory.LazyFunction(timezone.now)
    ends_at = factory.LazyAttribute(lambda notice: notice.starts_at + datetime.timedelta(hours=3))

    class Meta:
        model = UrgentNotice

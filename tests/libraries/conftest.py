from datetime import time
from decimal import Decimal

import pytest

from libraries.factories import CommunityLibraryPageFactory
from libraries.models import LibraryIndexPage, LibraryOpeningSession, LibraryService


@pytest.fixture
def library_index(db):
    return LibraryIndexPage.objects.get()


@pytest.fixture
def make_library(library_index):
    """Publish a library under the index.

    make_library("Anstey", town="Anstey", services=["cafe"], hours={0: ["10:00-12:00"]})
    """

    def make(title, *, services=(), hours=None, parent=None, live=True, **fields):
        fields = {
            "slug": "",  # made from the title, unique under the parent, as the admin makes it
            "address": "1 Test Street",
            "town": "Testtown",
            "postcode": "LE12 9AB",
            "district": "charnwood",
            "latitude": Decimal("52.77"),
            "longitude": Decimal("-1.20"),
            **fields,
        }
        sessions = [
            LibraryOpeningSession(weekday=day, opens=time.fromisoformat(o), closes=time.fromisoformat(c))
            for day, spans in (hours or {}).items()
            for o, c in (span.split("-") for span in spans)
        ]
        page = CommunityLibraryPageFactory(
            parent=parent or library_index,
            title=title,
            opening_sessions=sessions,
            services=list(LibraryService.objects.filter(slug__in=services)),
            **fields,
        )
        revision = page.save_revision()
        if live:
            revision.publish()
        else:
            page.unpublish()
        return page

    return make

from datetime import time
from decimal import Decimal

import pytest

from libraries.models import CommunityLibraryPage, LibraryIndexPage, LibraryOpeningSession, LibraryService


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
            "address": "1 Test Street",
            "town": "Testtown",
            "postcode": "LE12 9AB",
            "district": "charnwood",
            "latitude": Decimal("52.77"),
            "longitude": Decimal("-1.20"),
            **fields,
        }
        page = CommunityLibraryPage(title=title, **fields)
        page.opening_sessions = [
            LibraryOpeningSession(weekday=day, opens=time.fromisoformat(o), closes=time.fromisoformat(c))
            for day, spans in (hours or {}).items()
            for o, c in (span.split("-") for span in spans)
        ]
        page.services = list(LibraryService.objects.filter(slug__in=services))
        (parent or library_index).add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        else:
            page.unpublish()
        return page

    return make

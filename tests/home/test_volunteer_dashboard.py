"""A volunteer's dashboard shows their own pages. Pages not checked for six months are flagged."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home.dates import local_today
from libraries.models import CommunityLibraryPage, LibraryIndexPage
from tests.admin_forms import resubmit
from whatson.models import NewsPage

pytestmark = pytest.mark.django_db


def make_library(title, *, last_reviewed=None):
    page = CommunityLibraryPage(
        title=title,
        address="1 Test Street",
        town="Testtown",
        postcode="LE12 9AB",
        district="charnwood",
        last_reviewed=last_reviewed,
    )
    LibraryIndexPage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_volunteer_sees_only_their_own_pages_and_a_guide(client, volunteer_of):
    mine = make_library("Quorn Test Library", last_reviewed=local_today())
    make_library("Barwell Test Library")
    client.force_login(volunteer_of(mine))

    page = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "How to update your page" in page
    assert "Quorn Test Library" in page
    assert "Barwell Test Library" not in page
    assert "Due for a check" not in page


def test_a_page_not_checked_for_six_months_is_flagged_to_its_volunteers(client, volunteer_of):
    mine = make_library("Quorn Test Library", last_reviewed=local_today() - timedelta(days=200))
    client.force_login(volunteer_of(mine))

    page = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Due for a check" in page


def test_ticking_the_box_records_that_the_page_was_checked_today(client, volunteer_of):
    mine = make_library("Quorn Test Library", last_reviewed=local_today() - timedelta(days=200))
    client.force_login(volunteer_of(mine))

    resubmit(
        client,
        reverse("wagtailadmin_pages:edit", args=[mine.pk]),
        action="action-submit",
        confirm_reviewed="on",
    )

    mine.refresh_from_db()
    assert mine.get_latest_revision_as_object().last_reviewed == local_today()


def test_the_team_lists_pages_due_for_a_check(client, moderator):
    overdue = make_library("Quorn Test Library", last_reviewed=local_today() - timedelta(days=200))
    fresh = make_library("Barwell Test Library", last_reviewed=local_today() - timedelta(days=10))
    client.force_login(moderator)

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    report = client.get(reverse("volunteer_pages_due_for_review")).content.decode()
    export = client.get(reverse("volunteer_pages_due_for_review") + "?export=csv")

    assert "Volunteer pages due for a check" in dashboard
    assert overdue.title in report
    assert fresh.title not in report
    assert overdue.title in export.content.decode()


def test_volunteers_cannot_open_the_report(client, volunteer_of):
    mine = make_library("Quorn Test Library")
    client.force_login(volunteer_of(mine))

    assert client.get(reverse("volunteer_pages_due_for_review")).status_code == 403


def test_the_volunteer_dashboard_runs_the_same_queries_for_few_pages_or_many(client, volunteer_of):
    mine = make_library("Quorn Test Library")
    client.force_login(volunteer_of(mine))

    def dashboard_queries():
        with CaptureQueriesContext(connection) as queries:
            client.get(reverse("wagtailadmin_home"))
        return len(queries.captured_queries)

    mine.add_child(instance=NewsPage(title="News 1", date=local_today()))
    client.get(reverse("wagtailadmin_home"))  # warm caches
    with_two_pages = dashboard_queries()
    for number in range(2, 8):
        mine.add_child(instance=NewsPage(title=f"News {number}", date=local_today()))

    assert dashboard_queries() == with_two_pages


def test_residents_see_when_a_library_page_was_last_checked(client):
    library = make_library("Quorn Test Library", last_reviewed=local_today().replace(day=1))

    page = client.get(library.url).content.decode()

    assert f"Information checked on {local_today().replace(day=1):%-d %B %Y}" in page

"""A library's volunteers post urgent notices in the admin, live at once without review; another team's
volunteer can do nothing with them; the Communities Team is emailed and can withdraw any notice."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from home.models import VolunteerTeam
from home.volunteers.roles import MODERATORS_GROUP_NAME
from libraries.factories import CommunityLibraryPageFactory, UrgentNoticeFactory
from libraries.models import CommunityLibraryPage, UrgentNotice
from neighbourhood.factories import NeighbourhoodPlanPageFactory
from tests.admin_urls import admin_routes

pytestmark = pytest.mark.django_db

NOTICE_URLS = [
    route for route in admin_routes() if route.route.startswith("admin/urgent_notices/") and route.takes_an_id
]


def published(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def riverside():
    return published(CommunityLibraryPageFactory(title="Riverside Library", summary="A friendly library."))


@pytest.fixture
def millbrook():
    return published(CommunityLibraryPageFactory(title="Millbrook Library"))


@pytest.fixture
def make_user(django_user_model):
    def make(username, *groups, **fields):
        user = django_user_model.objects.create_user(
            username, f"{username}@example.org.uk", "a-long-password", **fields
        )
        user.groups.add(*groups)
        return user

    return make


@pytest.fixture
def volunteer_of(make_user):
    def make(page, name):
        return make_user(name, VolunteerTeam.objects.get(page=page).group, first_name=name.title())

    return make


@pytest.fixture
def moderator(make_user):
    return make_user("moderator", Group.objects.get(name=MODERATORS_GROUP_NAME), first_name="Morgan")


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def notice_form(library, **changes):
    now = timezone.localtime()
    return {
        "library": library.pk,
        "kind": "closed",
        "message": "Closed today: heating failure",
        "starts_at": now.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (now + timedelta(hours=6)).strftime("%Y-%m-%d %H:%M"),
        **changes,
    }


def public_text(client, url):
    response = Client().get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


# A library's own volunteers -----------------------------------------------------------------------


def test_a_volunteers_notice_is_live_at_once_while_their_page_edit_waits_for_review(riverside, volunteer_of):
    volunteer = volunteer_of(riverside, "riley")
    draft = CommunityLibraryPage.objects.get(pk=riverside.pk)
    draft.summary = "Now open on Sunday mornings."
    draft.save_revision(user=volunteer)
    riverside.get_workflow().start(draft, volunteer)
    revisions_before = riverside.revisions.count()

    response = client_for(volunteer).post("/admin/urgent_notices/new/", notice_form(riverside))

    assert response.status_code == 302
    assert "Closed today: heating failure" in public_text(Client(), riverside.url)
    assert "Closed today: heating failure" in public_text(Client(), riverside.get_parent().url)
    assert "Now open on Sunday mornings." not in public_text(Client(), riverside.url)
    riverside.refresh_from_db()
    assert riverside.workflow_in_progress
    assert riverside.revisions.count() == revisions_before


def test_the_form_offers_a_volunteer_only_their_own_library(riverside, millbrook, volunteer_of):
    response = client_for(volunteer_of(riverside, "riley")).get("/admin/urgent_notices/new/")

    page = BeautifulSoup(response.content, "html.parser")
    offered = [option.get_text(strip=True) for option in page.select("select[name=library] option")]
    assert "Riverside Library" in offered
    assert "Millbrook Library" not in offered
    assert "Millbrook Library" not in response.content.decode()


def test_a_volunteer_finds_the_notice_form_on_their_librarys_page_in_the_admin(
    riverside, millbrook, volunteer_of
):
    client = client_for(volunteer_of(riverside, "riley"))
    editor = BeautifulSoup(client.get(f"/admin/pages/{riverside.pk}/edit/").content, "html.parser")
    button = editor.find(lambda tag: tag.name == "a" and "Post an urgent notice" in tag.get_text())

    form = BeautifulSoup(client.get(button["href"]).content, "html.parser")

    assert form.select_one("select[name=library] option[selected]")["value"] == str(riverside.pk)
    other = client.get(f"/admin/pages/{millbrook.pk}/edit/").content.decode()
    assert "Post an urgent notice" not in other


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"ends_at": ""}, "This field is required."),
        ({"message": ""}, "This field is required."),
        ({"ends_at": "2020-01-01 10:00"}, "The notice must end after it starts."),
        ({"ends_at": "next week"}, "Enter a valid date/time."),
        ("29 days", "An urgent notice can last up to 28 days."),
    ],
    ids=["no end", "no message", "ends before it starts", "not a date", "too long"],
)
def test_a_notice_that_cannot_be_posted_says_why_and_keeps_what_was_typed(
    riverside, volunteer_of, changes, message
):
    if changes == "29 days":
        changes = {"ends_at": (timezone.localtime() + timedelta(days=29)).strftime("%Y-%m-%d %H:%M")}
    form = notice_form(riverside, **changes)

    response = client_for(volunteer_of(riverside, "riley")).post("/admin/urgent_notices/new/", form)

    assert response.status_code == 200
    assert message in response.content.decode()
    if form["message"]:
        assert form["message"] in response.content.decode()
    assert not UrgentNotice.objects.exists()


def test_a_volunteer_withdraws_their_own_notice_and_it_leaves_the_site_at_once(riverside, volunteer_of):
    volunteer = volunteer_of(riverside, "riley")
    notice = UrgentNoticeFactory(library=riverside, message="Closed: burst pipe")
    assert "Closed: burst pipe" in public_text(Client(), riverside.url)

    response = client_for(volunteer).post(f"/admin/urgent_notices/withdraw/{notice.pk}/")

    assert response.status_code == 302
    assert "Closed: burst pipe" not in public_text(Client(), riverside.url)
    notice.refresh_from_db()
    assert notice.ends_at <= timezone.now()


def test_a_volunteer_cannot_delete_even_their_own_notice(riverside, volunteer_of):
    notice = UrgentNoticeFactory(library=riverside)

    client_for(volunteer_of(riverside, "riley")).post(f"/admin/urgent_notices/delete/{notice.pk}/")

    assert UrgentNotice.objects.filter(pk=notice.pk).exists()


# Another team's volunteer, an anonymous visitor ----------------------------------------------------


@pytest.fixture
def their_notice(riverside):
    return UrgentNoticeFactory(library=riverside, message="Riverside closed: flood")


@pytest.fixture
def attacker(millbrook, volunteer_of):
    return client_for(volunteer_of(millbrook, "mallory"))


def unchanged(notice):
    fresh = UrgentNotice.objects.get(pk=notice.pk)
    return (fresh.library_id, fresh.message, fresh.starts_at, fresh.ends_at) == (
        notice.library_id,
        notice.message,
        notice.starts_at,
        notice.ends_at,
    )


def test_the_notice_urls_are_all_tried():
    assert {route.route.split("/")[2] for route in NOTICE_URLS} >= {"edit", "delete", "history", "withdraw"}


@pytest.mark.parametrize("route", NOTICE_URLS, ids=lambda route: route.route)
@pytest.mark.parametrize("method", ["get", "post"])
def test_another_teams_volunteer_is_refused_every_url_of_a_notice(
    attacker, their_notice, millbrook, route, method
):
    url = route.url(dict.fromkeys(route.parameters, their_notice.pk))
    data = notice_form(millbrook, message="Hacked") if method == "post" else None

    response = getattr(attacker, method)(url, data)

    assert response.status_code == 403
    assert "Riverside closed: flood" not in response.content.decode()
    assert unchanged(their_notice)


def test_another_teams_volunteer_cannot_post_on_a_library_not_theirs(attacker, riverside):
    response = attacker.post("/admin/urgent_notices/new/", notice_form(riverside, message="Closed for good"))

    assert response.status_code == 403
    assert not UrgentNotice.objects.exists()


def test_another_teams_volunteer_cannot_move_their_own_notice_to_a_library_not_theirs(
    attacker, millbrook, riverside
):
    own = UrgentNoticeFactory(library=millbrook)

    response = attacker.post(f"/admin/urgent_notices/edit/{own.pk}/", notice_form(riverside))

    assert response.status_code == 403
    assert unchanged(own)


def test_another_teams_volunteer_does_not_see_the_notice_listed(attacker, their_notice):
    response = attacker.get("/admin/urgent_notices/")

    assert response.status_code == 200
    assert "Riverside closed: flood" not in response.content.decode()


def test_a_planning_groups_volunteer_has_no_urgent_notices(make_user, their_notice):
    plan = published(NeighbourhoodPlanPageFactory(area_name="Millbrook"))
    client = client_for(make_user("priya", VolunteerTeam.objects.get(page=plan).group))

    for url in ("/admin/urgent_notices/", "/admin/urgent_notices/new/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Riverside closed: flood" not in response.content.decode()
    assert "Urgent notices" not in client.get("/admin/").content.decode()


@pytest.mark.parametrize(
    "path", ["/admin/urgent_notices/", "/admin/urgent_notices/new/", "/admin/urgent_notices/withdraw/{pk}/"]
)
def test_an_anonymous_visitor_is_sent_to_log_in(client, their_notice, path):
    response = client.post(path.format(pk=their_notice.pk), {"message": "x"})

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert unchanged(their_notice)


# The Communities Team -----------------------------------------------------------------------------


def test_moderators_are_emailed_the_notice_with_a_link_to_withdraw_it(
    riverside, volunteer_of, moderator, django_capture_on_commit_callbacks
):
    volunteer = volunteer_of(riverside, "riley")

    with django_capture_on_commit_callbacks(execute=True):
        client_for(volunteer).post("/admin/urgent_notices/new/", notice_form(riverside))

    notice = UrgentNotice.objects.get()
    [email] = mail.outbox
    assert moderator.email in email.to
    assert volunteer.email not in email.to
    assert "Riverside Library" in email.subject
    assert "Closed today: heating failure" in email.body
    assert "Riley" in email.body
    assert f"http://testserver/admin/urgent_notices/withdraw/{notice.pk}/" in email.body


def test_a_moderator_sees_and_withdraws_any_notice_and_the_log_names_them(moderator, their_notice, riverside):
    client = client_for(moderator)
    assert "Riverside closed: flood" in client.get("/admin/urgent_notices/").content.decode()

    response = client.post(reverse("urgent_notices:withdraw", args=[their_notice.pk]))

    assert response.status_code == 302
    assert "Riverside closed: flood" not in public_text(Client(), riverside.url)
    entry = ModelLogEntry.objects.get(action="libraries.withdraw_urgent_notice")
    assert entry.user == moderator
    assert entry.object_id == str(their_notice.pk)
    history = client.get(f"/admin/urgent_notices/history/{their_notice.pk}/").content.decode()
    assert "Urgent notice withdrawn" in history
    assert "Morgan" in history


def test_withdrawing_a_notice_not_yet_started_means_it_never_starts(moderator, riverside):
    notice = UrgentNoticeFactory(library=riverside, starts_at=timezone.now() + timedelta(days=1))

    client_for(moderator).post(reverse("urgent_notices:withdraw", args=[notice.pk]))

    notice.refresh_from_db()
    assert not UrgentNotice.objects.not_ended(notice.starts_at + timedelta(hours=1)).exists()

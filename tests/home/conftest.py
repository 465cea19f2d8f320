"""Shared fixtures for delegated editing: volunteers of a page's team, moderators, drafts, and
a small world of pages and media belonging to two teams, for the permission tests
(tests/home/permissions/, which build it once per module).

Library A (Riverside) is "ours" for the volunteer roles; library B (Millbrook) and planning group
B (Millbrook's plan) are "theirs". Everything of B's that is not public carries SECRET, which must
never appear in a response to anyone but a moderator. All of it is built here by the factories, so
editing the demo content changes nothing in these tests.
"""

from types import SimpleNamespace

import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Collection

from home.models import VolunteerTeam
from home.volunteers.provisioning import set_trusted
from home.volunteers.roles import COMMON_COLLECTION_NAME, MODERATORS_GROUP_NAME
from libraries.factories import CommunityLibraryPageFactory
from neighbourhood.factories import NeighbourhoodPlanPageFactory
from whatson.models import NewsPage

# Only ever in other teams' drafts, unpublished pages and media: its presence in a response is a leak.
SECRET = "Quillfeather-Mandolin-4471"

PASSWORD = "a-long-password-for-tests"


# Pages ------------------------------------------------------------------------------------------


@pytest.fixture
def library_a(db):
    return riverside_library()


@pytest.fixture
def library_b(db):
    return millbrook_library()


@pytest.fixture
def plan_b(db):
    return millbrook_plan()


def riverside_library():
    return published(CommunityLibraryPageFactory(title="Riverside Library", town="Riverside"))


def millbrook_library():
    return published(CommunityLibraryPageFactory(title="Millbrook Library", town="Millbrook"))


def millbrook_plan():
    return published(NeighbourhoodPlanPageFactory(area_name="Millbrook"))


def published(page):
    """The page as an editor would have left it: published from a revision, as the admin does."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def make_draft():
    """Save an unpublished revision of `page` with some fields changed; the live page is untouched.

    make_draft(library, title="New title", summary="Closed in August")
    """
    return save_draft


def save_draft(page, **changes):
    page = type(page.specific).objects.get(pk=page.pk)
    for field, value in changes.items():
        setattr(page, field, value)
    return page.save_revision()


def add_news(parent, title, *, live):
    """A news story under `parent`, published or only a draft."""
    news = NewsPage(title=title, summary=title, live=False)
    parent.add_child(instance=news)
    revision = news.save_revision()
    if live:
        revision.publish()
    return NewsPage.objects.get(pk=news.pk)


# People -----------------------------------------------------------------------------------------


@pytest.fixture
def make_user(django_user_model):
    def make(username, *groups, email=None, **fields):
        user = django_user_model.objects.create_user(
            username, email or f"{username}@example.org.uk", PASSWORD, **fields
        )
        user.groups.add(*groups)
        return user

    return make


@pytest.fixture
def volunteer_of(make_user):
    """A volunteer in `page`'s team (made trusted to publish, for the whole team, if asked).

    volunteer_of(library_a), volunteer_of(library_a, trusted=True, email="sam@example.org.uk")
    """
    count = 0

    def make(page, *, trusted=False, email=None):
        nonlocal count
        count += 1
        team = VolunteerTeam.objects.get(page=page)
        if trusted != team.trusted:
            set_trusted(team, trusted, user=None)
        return make_user(f"volunteer-{page.pk}-{count}", team.group, email=email)

    return make


@pytest.fixture
def moderator(make_user):
    """A member of the Communities Team (not a superuser)."""
    return make_user("communities-moderator", Group.objects.get(name=MODERATORS_GROUP_NAME))


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("superuser", "superuser@example.org.uk", PASSWORD)


ROLES = ["volunteer_a", "trusted_a", "volunteer_plan_b", "moderator", "anonymous"]


@pytest.fixture
def user_for(volunteer_of, moderator, library_a, plan_b):
    """The user playing a role of the matrix (None for anonymous)."""

    def get(role):
        return {
            "volunteer_a": lambda: volunteer_of(library_a),
            "trusted_a": lambda: volunteer_of(library_a, trusted=True),
            "volunteer_plan_b": lambda: volunteer_of(plan_b),
            "moderator": lambda: moderator,
            "anonymous": lambda: None,
        }[role]()

    return get


@pytest.fixture
def client_as(user_for):
    """A logged-in test client for a role. Django's test client skips CSRF checks, like a forged
    request that carries a stolen or guessed token would: what stops it must be the permission check."""

    def login(role):
        client = Client()
        user = user_for(role)
        if user is not None:
            client.force_login(user)
        client.user = user
        return client

    return login


# The world: pages and media of two teams --------------------------------------------------------


@pytest.fixture
def pages(library_a, library_b, plan_b):
    return build_pages(library_a, library_b, plan_b)


def build_pages(library_a, library_b, plan_b):
    """A's page with a draft child; B's pages with SECRET only in drafts and unpublished pages."""
    world = SimpleNamespace(library_a=library_a, library_b=library_b, plan_b=plan_b)
    world.news_a_draft = add_news(library_a, "Riverside draft news", live=False)
    world.news_a_live = add_news(library_a, "Riverside coffee morning", live=True)
    world.news_b_live = add_news(library_b, "Millbrook book sale", live=True)
    world.news_b_draft = add_news(library_b, f"Millbrook plans {SECRET}", live=False)
    world.library_b_draft = save_draft(library_b, title=f"Millbrook {SECRET}", summary=f"Moving: {SECRET}")
    world.plan_b_draft = save_draft(plan_b, summary=f"Referendum draft {SECRET}")
    for name in ("library_a", "library_b", "plan_b"):
        page = getattr(world, name)
        page.refresh_from_db()
    return world


def _collection(name):
    return Collection.objects.get(name=name)


@pytest.fixture
def media(library_a, library_b):
    return build_media(library_a, library_b)


def build_media(library_a, library_b):
    """An image and a document in each of: A's collection, B's, Common (choose only) and one of the
    Communities Team's own."""
    collections = {
        "a": VolunteerTeam.objects.get(page=library_a).collection,
        "b": VolunteerTeam.objects.get(page=library_b).collection,
        "common": _collection(COMMON_COLLECTION_NAME),
        "team": Collection.get_first_root_node().add_child(name="Communities Team photos"),
    }
    titles = {
        "a": "Riverside photo",
        "b": f"Millbrook {SECRET}",
        "common": "Council logo",
        "team": "Team photo",
    }
    world = SimpleNamespace(collections=collections)
    for key, collection in collections.items():
        setattr(
            world,
            f"image_{key}",
            wagtail_factories.ImageFactory(title=f"{titles[key]} image", collection=collection),
        )
        setattr(
            world,
            f"document_{key}",
            wagtail_factories.DocumentFactory(
                title=f"{titles[key]} document", collection=collection, file__filename=f"{key}.txt"
            ),
        )
    return world


# Outcomes ---------------------------------------------------------------------------------------

ALLOWED = "allowed"
BAD_REQUEST = "400"
FORBIDDEN = "403"
NOT_FOUND = "404"
TO_DASHBOARD = "redirect to dashboard"
TO_LOGIN = "redirect to login"


def outcome(response):
    """What an admin response means for the person who sent the request."""
    if response.status_code == 400:
        return BAD_REQUEST
    if response.status_code == 403:
        return FORBIDDEN
    if response.status_code == 404:
        return NOT_FOUND
    if response.status_code in (301, 302):
        location = response.headers["Location"]
        if location.startswith("/admin/login/"):
            return TO_LOGIN
        if location == "/admin/":
            return TO_DASHBOARD
    if response.status_code < 400:
        return ALLOWED
    raise AssertionError(f"unexpected status {response.status_code}")


def assert_outcome(response, expected, *, leak=SECRET):
    """The response is `expected`, and (unless the role may see it) does not contain `leak`."""
    assert outcome(response) == expected, (response.status_code, response.headers.get("Location"))
    if leak and not getattr(response, "streaming", False):
        assert leak not in response.content.decode(errors="replace"), f"{leak!r} leaked in the response"

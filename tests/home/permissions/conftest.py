"""The permission tests: hundreds of admin requests, each against the same world of two teams.

Building that world (three published pages, news, drafts, media, people) takes longer than most of
the requests made against it, so each module here builds it once, inside a transaction rolled back
after the module's last test. Every test still runs in a savepoint of its own (pytest-django's
`db`), so whatever one test changes is undone before the next, and each test is handed copies read
afresh from the database, so nothing one test does to a Python object reaches another.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models, transaction
from wagtail.models import Page

from home.models import VolunteerTeam
from home.volunteers.roles import MODERATORS_GROUP_NAME
from tests.home.conftest import (
    PASSWORD,
    build_media,
    build_pages,
    millbrook_library,
    millbrook_plan,
    riverside_library,
)


@pytest.fixture(scope="module")
def built_once(django_db_setup, django_db_blocker):
    """Open the module's transaction; fixtures of module scope that ask for this build inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def shared_world(built_once, django_db_blocker):
    with django_db_blocker.unblock():
        library_a, library_b, plan_b = riverside_library(), millbrook_library(), millbrook_plan()
        users = get_user_model().objects
        moderator = users.create_user(
            "communities-moderator", "communities-moderator@example.org.uk", PASSWORD
        )
        moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP_NAME))
        return SimpleNamespace(
            pages=build_pages(library_a, library_b, plan_b),
            media=build_media(library_a, library_b),
            moderator=moderator,
            superuser=users.create_superuser("superuser", "superuser@example.org.uk", PASSWORD),
        )


def afresh(value):
    """`value` read again from the database: a model instance, or a namespace or dict of them."""
    if isinstance(value, models.Model):
        return type(value)._default_manager.get(pk=value.pk)
    if isinstance(value, SimpleNamespace):
        return SimpleNamespace(**afresh(vars(value)))
    if isinstance(value, dict):
        return {key: afresh(item) for key, item in value.items()}
    return value


@pytest.fixture
def pages(shared_world, db):
    return afresh(shared_world.pages)


@pytest.fixture
def media(shared_world, db):
    return afresh(shared_world.media)


@pytest.fixture
def library_a(pages):
    return pages.library_a


@pytest.fixture
def library_b(pages):
    return pages.library_b


@pytest.fixture
def plan_b(pages):
    return pages.plan_b


@pytest.fixture
def moderator(shared_world, db):
    return afresh(shared_world.moderator)


@pytest.fixture
def superuser(shared_world, db):
    return afresh(shared_world.superuser)


@pytest.fixture(scope="module")
def volunteer_b_in_review(shared_world, django_db_blocker):
    """Library B's draft waiting in the review workflow, submitted by one of B's volunteers."""
    with django_db_blocker.unblock():
        library_b = shared_world.pages.library_b
        volunteer = get_user_model().objects.create_user(
            "millbrook-volunteer", "millbrook-volunteer@example.org.uk", PASSWORD
        )
        volunteer.groups.add(VolunteerTeam.objects.get(page=library_b).group)
        page = Page.objects.get(pk=library_b.pk).specific
        page.get_workflow().start(page, volunteer)
        return volunteer

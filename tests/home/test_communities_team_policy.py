"""One permission policy for the Communities Team, declared by every custom admin view, one way to refuse.

The views are found by walking the admin URLs, so a view added later is held to the same rules.
"""

import gc
import inspect

import pytest
from django.contrib.auth.models import Permission
from django.urls import resolve
from django.views import View
from wagtail.admin.views.generic.base import BaseOperationView
from wagtail.permissions import policy_registry

from home.permissions import CommunitiesTeamView, communities_team
from home.volunteers.hardening.guards import wagtail_view
from libraries.factories import CommunityLibraryPageFactory
from tests.admin_urls import admin_routes

pytestmark = pytest.mark.django_db

PROJECT_APPS = ("home", "libraries", "neighbourhood", "toolkits", "search", "cms")
ROUTES = admin_routes()


def _callback(route):
    return resolve(route.url(dict.fromkeys(route.parameters, 1))).func


def project_view(route):
    """The project's own view behind an admin route, or None for Wagtail's and Django's."""
    view = wagtail_view(_callback(route))
    return view if view.__module__.split(".")[0] in PROJECT_APPS else None


def declares_the_team_policy(view):
    return inspect.isclass(view) and issubclass(view, CommunitiesTeamView)


PROJECT_ROUTES = [route for route in ROUTES if project_view(route) is not None]
TEAM_ROUTES = [route for route in PROJECT_ROUTES if declares_the_team_policy(project_view(route))]


def _acts_on_one_models_instances(route):
    """Wagtail's generic model and page views: they check the permissions of the model or page they
    act on (volunteer teams, paused sign-ins, network members, synonyms), per object."""
    view = project_view(route)
    model = getattr(_callback(route), "view_initkwargs", {}).get("model") or getattr(view, "model", None)
    return inspect.isclass(view) and (
        issubclass(view, BaseOperationView) or model is not None and policy_registry.get_by_type(model)
    )


def test_the_team_views_are_found_among_the_admin_urls():
    names = {project_view(route).__name__ for route in TEAM_ROUTES}

    assert {"InviteVolunteerView", "SetUpAccessView", "PagesDueForReviewView"} <= names
    assert {
        "PopularSearchesView",
        "UnansweredSearchesView",
        "SpreadsheetsIndexView",
        "SpreadsheetUploadView",
    } <= names


@pytest.mark.parametrize("route", PROJECT_ROUTES, ids=lambda route: route.route)
def test_every_custom_admin_view_declares_the_communities_team_policy_or_its_models(route):
    view = project_view(route)

    assert declares_the_team_policy(view) or _acts_on_one_models_instances(route), (
        f"{view.__module__}.{view.__qualname__} ({route.route}) neither subclasses CommunitiesTeamView "
        "nor checks a model's registered permission policy"
    )
    if declares_the_team_policy(view):
        assert view.permission_required in communities_team.actions


# URL parameters that name something other than an object by its id.
PARAMETER_VALUES = {"section": "libraries"}  # a spreadsheet section (home/spreadsheet_admin.py)


def _url(route):
    page = CommunityLibraryPageFactory(title="Policy Library")
    return route.url({name: PARAMETER_VALUES.get(name, page.pk) for name in route.parameters})


@pytest.mark.parametrize("route", TEAM_ROUTES, ids=lambda route: route.route)
def test_a_volunteer_gets_403_on_every_communities_team_url(route, client, volunteer_of):
    url = _url(route)
    client.force_login(volunteer_of(CommunityLibraryPageFactory(title="Volunteer's own library")))

    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403


@pytest.mark.parametrize("route", TEAM_ROUTES, ids=lambda route: route.route)
def test_a_moderator_opens_every_communities_team_url(route, client, moderator):
    client.force_login(moderator)

    response = client.get(_url(route))

    # Let in: the page itself, or where the view sends them on (an import preview with nothing waiting
    # goes back to the upload form); a view that only takes a form's POST answers a GET with 405.
    assert response.status_code in (200, 302, 405)
    if response.status_code == 302:
        assert "/admin/login/" not in response["Location"]


@pytest.mark.parametrize("route", TEAM_ROUTES, ids=lambda route: route.route)
def test_someone_signed_out_is_sent_to_sign_in(route, client):
    response = client.get(_url(route))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("action", list(communities_team.actions))
def test_every_action_is_the_teams_and_no_volunteers(action, moderator, superuser, volunteer_of):
    volunteer = volunteer_of(CommunityLibraryPageFactory(title="Volunteer's library"))

    assert communities_team.user_has_permission(moderator, action)
    assert communities_team.user_has_permission(superuser, action)
    assert not communities_team.user_has_permission(volunteer, action)


@pytest.mark.parametrize("action", list(communities_team.actions))
def test_a_moderator_who_is_deactivated_or_loses_admin_access_has_no_action(action, moderator):
    inactive = type(moderator).objects.get(pk=moderator.pk)
    inactive.is_active = False

    assert not communities_team.user_has_permission(inactive, action)


def test_the_team_is_its_permissions_not_a_group_name(make_user, django_user_model):
    """A group of another name holding the rights is the team; the name alone gives nothing."""
    from django.contrib.auth.models import Group

    holder = make_user("holds-the-rights")
    holder.user_permissions.set(
        Permission.objects.filter(codename__in=["access_admin", "change_volunteerteam"])
    )
    named = make_user("named-only", Group.objects.create(name="Communities Team moderators (copy)"))

    assert communities_team.user_has_permission(django_user_model.objects.get(pk=holder.pk), "moderate")
    assert not communities_team.user_has_permission(named, "moderate")


def test_an_unknown_action_is_refused_to_everyone(superuser):
    assert not communities_team.user_has_permission(superuser, "modrate")


def test_a_view_declaring_an_unknown_action_fails_the_system_check():
    from home.checks import communities_team_views_declare_known_actions

    class MisspeltView(CommunitiesTeamView, View):
        permission_required = "modrate"

    try:
        errors = communities_team_views_declare_known_actions(None)
    finally:
        del MisspeltView
        gc.collect()

    assert [error.id for error in errors] == ["home.E003"]
    assert "modrate" in errors[0].msg
    assert communities_team_views_declare_known_actions(None) == []

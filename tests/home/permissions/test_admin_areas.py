"""The rest of the admin, through real requests: snippets, settings, people, the Communities Team's
own tools and reports, the admin API, page choosers, and what an anonymous visitor gets.

Volunteers may use the dashboard, the page explorer below their own page, choosers and the reports
Wagtail scopes to the user; everything else is the Communities Team's. Outcome words are those of
test_pages.py. No response to a volunteer may contain SECRET.
"""

from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from home.models import Network, NetworkMember, SiteSettings, VolunteerTeam
from home.volunteers.roles import MODERATORS_GROUP_NAME
from libraries.factories import CommunityLibraryPageFactory
from libraries.models import LibraryIndexPage, LibraryService
from tests.home.conftest import ALLOWED, SECRET, outcome
from tests.home.permissions.conftest import afresh
from toolkits.factories import SupportServiceFactory

pytestmark = pytest.mark.django_db

ROLES = ["volunteer_a", "trusted_a", "volunteer_plan_b", "moderator", "anonymous"]


@pytest.fixture
def world(pages, admin_objects):
    """The pages of the matrix, B's draft in review and in B's history, and one of each admin object."""
    for name, value in vars(afresh(admin_objects)).items():
        setattr(pages, name, value)
    return pages


@pytest.fixture(scope="module")
def admin_objects(shared_world, volunteer_b_in_review, django_db_blocker):
    with django_db_blocker.unblock():
        page_b = Page.objects.get(pk=shared_world.pages.library_b.pk).specific
        log(instance=page_b, action="wagtail.edit", user=volunteer_b_in_review)
        library_index = LibraryIndexPage.objects.get()
        return SimpleNamespace(
            library_index=library_index,
            service=LibraryService.objects.order_by("pk").first(),
            support=SupportServiceFactory(name="Test befriending service"),
            library_c=CommunityLibraryPageFactory(title="Library of a third team"),
            signup=NetworkMember.objects.create(
                network=Network.COMMUNITIES,
                name="Pat Example",
                email="pat@example.org.uk",
                area="Anstey",
                confirmed_at=timezone.now(),
            ),
            team_a=VolunteerTeam.objects.get(page=shared_world.pages.library_a),
            volunteer_b=volunteer_b_in_review,
            site_settings=SiteSettings.objects.first()
            or SiteSettings.objects.create(site_id=library_index.get_site().pk),
        )


def _kind(response, changed=None):
    result = outcome(response)
    if result == ALLOWED:
        return "ignored" if changed is False else ALLOWED
    return {
        "400": "400",
        "403": "403",
        "404": "404",
        "redirect to dashboard": "dash",
        "redirect to login": "login",
    }[result]


# GET requests: (name, url) -------------------------------------------------------------------

URLS = {
    "dashboard": lambda w: "/admin/",
    "library_services": lambda w: "/admin/snippets/libraries/libraryservice/",
    "library_service_edit": lambda w: f"/admin/snippets/libraries/libraryservice/edit/{w.service.pk}/",
    "support_services": lambda w: "/admin/snippets/toolkits/supportservice/",
    "support_service_edit": lambda w: f"/admin/snippets/toolkits/supportservice/edit/{w.support.pk}/",
    "support_service_history": lambda w: f"/admin/snippets/toolkits/supportservice/history/{w.support.pk}/",
    "network_members": lambda w: "/admin/network_members/",
    "network_members_csv": lambda w: "/admin/network_members/?export=csv",
    "network_member_edit": lambda w: f"/admin/network_members/edit/{w.signup.pk}/",
    "site_settings": lambda w: f"/admin/settings/home/sitesettings/{w.site_settings.site_id}/",
    "users": lambda w: "/admin/users/",
    "user_edit": lambda w: f"/admin/users/edit/{w.volunteer_b.pk}/",
    "groups": lambda w: "/admin/groups/",
    "group_edit": lambda w: f"/admin/groups/edit/{w.team_a.group_id}/",
    "collections": lambda w: "/admin/collections/",
    "volunteer_teams": lambda w: "/admin/volunteer_teams/",
    "volunteer_team_edit": lambda w: f"/admin/volunteer_teams/edit/{w.team_a.pk}/",
    "invite": lambda w: "/admin/volunteers/invite/",
    "set_up_access": lambda w: f"/admin/volunteers/set-up/{w.library_b.pk}/",
    "due_for_a_check": lambda w: "/admin/reports/due-for-a-check/",
    "libraries_csv": lambda w: "/admin/spreadsheets/libraries/export.csv",
    "site_history": lambda w: "/admin/reports/site-history/",
    "workflow_report": lambda w: "/admin/reports/workflow/",
    "workflow_tasks_report": lambda w: "/admin/reports/workflow_tasks/",
    "locked_pages_report": lambda w: "/admin/reports/locked/",
    "aging_pages_report": lambda w: "/admin/reports/aging-pages/",
    "page_types_report": lambda w: "/admin/reports/page-types-usage/",
    "page_type_usage": lambda w: "/admin/pages/usage/libraries/communitylibrarypage/",
    "news_type_usage": lambda w: "/admin/pages/usage/whatson/newspage/",
    "event_type_usage": lambda w: "/admin/pages/usage/whatson/eventpage/",
    "page_search": lambda w: "/admin/pages/search/?q=plans",
    "page_search_title": lambda w: "/admin/pages/search/?q=Millbrook",
    "workflows": lambda w: "/admin/workflows/list/",
    "redirects": lambda w: "/admin/redirects/",
    "search_promotions": lambda w: "/admin/searchpicks/",
    "sites": lambda w: "/admin/sites/",
    "api_pages": lambda w: "/admin/api/main/pages/",
    "api_pages_child_of_index": lambda w: f"/admin/api/main/pages/?child_of={w.library_index.pk}",
    "api_pages_children_of_b": lambda w: f"/admin/api/main/pages/?child_of={w.library_b.pk}",
    "api_pages_search": lambda w: "/admin/api/main/pages/?search=plans",
    "api_page_b": lambda w: f"/admin/api/main/pages/{w.library_b.pk}/",
    "api_page_news_b_draft": lambda w: f"/admin/api/main/pages/{w.news_b_draft.pk}/",
    "api_find_b": lambda w: f"/admin/api/main/pages/find/?html_path={w.library_b.url}",
    "page_chooser_index": lambda w: f"/admin/choose-page/{w.library_index.pk}/",
    "page_chooser_b_children": lambda w: f"/admin/choose-page/{w.library_b.pk}/",
    "page_chooser_search": lambda w: "/admin/choose-page/search/?q=Millbrook",
    "page_chooser_chosen_b": lambda w: f"/admin/choose-page/chosen-multiple/?id={w.library_b.pk}",
    "page_chooser_chosen_b_draft": lambda w: f"/admin/choose-page/chosen-multiple/?id={w.news_b_draft.pk}",
    "library_service_chooser": lambda w: "/admin/snippets/choose/libraries/libraryservice/",
    "support_service_chooser": lambda w: "/admin/snippets/choose/toolkits/supportservice/",
}

# fmt: off
# name                        volunteer_a  trusted_a  volunteer_plan_b  moderator  anonymous
GET_MATRIX = """
dashboard                     allowed      allowed    allowed           allowed    login
library_services              dash         dash       dash              allowed    login
library_service_edit          dash         dash       dash              allowed    login
support_services              dash         dash       dash              allowed    login
support_service_edit          dash         dash       dash              allowed    login
support_service_history       dash         dash       dash              allowed    login
network_members               dash         dash       dash              allowed    login
network_members_csv           dash         dash       dash              allowed    login
network_member_edit           dash         dash       dash              allowed    login
site_settings                 dash         dash       dash              allowed    login
users                         dash         dash       dash              allowed    login
user_edit                     dash         dash       dash              allowed    login
groups                        dash         dash       dash              allowed    login
group_edit                    dash         dash       dash              allowed    login
collections                   dash         dash       dash              dash       login
volunteer_teams               dash         dash       dash              allowed    login
volunteer_team_edit           dash         dash       dash              allowed    login
invite                        403          403        403               allowed    login
set_up_access                 403          403        403               allowed    login
due_for_a_check               403          403        403               allowed    login
libraries_csv                 403          403        403               allowed    login
site_history                  allowed      allowed    allowed           allowed    login
workflow_report               allowed      allowed    allowed           allowed    login
workflow_tasks_report         allowed      allowed    allowed           allowed    login
locked_pages_report           dash         dash       dash              allowed    login
aging_pages_report            allowed      allowed    allowed           allowed    login
page_types_report             403          403        403               allowed    login
page_type_usage               allowed      allowed    allowed           allowed    login
news_type_usage               allowed      allowed    allowed           allowed    login
event_type_usage              allowed      allowed    allowed           allowed    login
page_search                   allowed      allowed    allowed           allowed    login
page_search_title             allowed      allowed    allowed           allowed    login
workflows                     dash         dash       dash              dash       login
redirects                     dash         dash       dash              allowed    login
search_promotions             dash         dash       dash              allowed    login
sites                         dash         dash       dash              dash       login
api_pages                     allowed      allowed    allowed           allowed    login
api_pages_child_of_index      allowed      allowed    400               allowed    login
api_pages_children_of_b       400          400        400               allowed    login
api_pages_search              allowed      allowed    allowed           allowed    login
api_page_b                    404          404        404               allowed    login
api_page_news_b_draft         404          404        404               allowed    login
api_find_b                    404          404        404               allowed    login
page_chooser_index            allowed      allowed    allowed           allowed    login
page_chooser_b_children       404          404        404               allowed    login
page_chooser_search           allowed      allowed    allowed           allowed    login
page_chooser_chosen_b         404          404        404               allowed    login
page_chooser_chosen_b_draft   404          404        404               allowed    login
library_service_chooser       allowed      allowed    allowed           allowed    login
support_service_chooser       allowed      allowed    allowed           allowed    login
"""
# fmt: on


def _rows(matrix):
    for line in matrix.strip().splitlines():
        name, *expected = line.split()
        for role, word in zip(ROLES, expected, strict=True):
            yield pytest.param(role, name, word, id=f"{role}-{name}-{word}")


@pytest.mark.parametrize(("role", "name", "expected"), list(_rows(GET_MATRIX)))
def test_admin_area_matrix(role, name, expected, client_as, world):
    response = client_as(role).get(URLS[name](world))

    assert _kind(response) == expected, (response.status_code, response.headers.get("Location"))
    if role != "moderator" and not getattr(response, "streaming", False):
        assert SECRET not in response.content.decode(errors="replace"), "another team's draft leaked"


# POST requests with real form data: (name) -> (url, data, changed) -----------------------------


def _post_team_trusted(w):
    """Flip their own team's "trusted to publish" (on for an untrusted team, off for a trusted one)."""
    was_trusted = VolunteerTeam.objects.get(pk=w.team_a.pk).trusted
    return (
        f"/admin/volunteer_teams/edit/{w.team_a.pk}/",
        {} if was_trusted else {"trusted": "on"},
        lambda: VolunteerTeam.objects.get(pk=w.team_a.pk).trusted != was_trusted,
    )


def _post_invite_into_b(w):
    team_b = VolunteerTeam.objects.get(page=w.library_b)
    return (
        "/admin/volunteers/invite/",
        {"email": "intruder@example.org.uk", "first_name": "In", "last_name": "Truder", "team": team_b.pk},
        lambda: team_b.group.user_set.filter(email="intruder@example.org.uk").exists(),
    )


def _post_set_up_b(w):
    # Setting up is idempotent, so there is no change to look for: the status says it all.
    return (f"/admin/volunteers/set-up/{w.library_b.pk}/", {}, lambda: False)


def _post_join_moderators(w):
    from django.contrib.auth.models import Group

    moderators = Group.objects.get(name=MODERATORS_GROUP_NAME)
    return (
        f"/admin/groups/edit/{moderators.pk}/",
        {"name": "Taken over"},
        lambda: not Group.objects.filter(name=MODERATORS_GROUP_NAME).exists(),
    )


def _post_site_settings(w):
    return (
        f"/admin/settings/home/sitesettings/{w.site_settings.site_id}/",
        {"organisation_name": "Forged", "email": "forged@example.com"},
        lambda: SiteSettings.objects.get(pk=w.site_settings.pk).organisation_name == "Forged",
    )


def _post_delete_service(w):
    return (
        f"/admin/snippets/libraries/libraryservice/delete/{w.service.pk}/",
        {},
        lambda: not LibraryService.objects.filter(pk=w.service.pk).exists(),
    )


def _post_delete_signup(w):
    return (
        f"/admin/network_members/delete/{w.signup.pk}/",
        {},
        lambda: not NetworkMember.objects.filter(pk=w.signup.pk).exists(),
    )


def _post_api_action(action, target="library_b", **data):
    def build(w):
        page = getattr(w, target)
        before = Page.objects.filter(pk=page.pk).values("live", "path", "locked").first()
        return (
            f"/admin/api/main/pages/{page.pk}/action/{action}/",
            data,
            lambda: Page.objects.filter(pk=page.pk).values("live", "path", "locked").first() != before,
        )

    return build


def _post_api_copy_b_draft(w):
    return (
        f"/admin/api/main/pages/{w.news_b_draft.pk}/action/copy/",
        {"destination_page_id": w.library_a.pk, "slug": "copied-by-api"},
        lambda: Page.objects.filter(slug="copied-by-api").exists(),
    )


def _post_unlock_b_by_ping(w):
    return (f"/admin/editing-sessions/ping/wagtailcore/page/{w.library_b.pk}/0/", {}, lambda: False)


POSTS = {
    "trust_own_team": _post_team_trusted,
    "invite_self_into_b": _post_invite_into_b,
    "set_up_access_b": _post_set_up_b,
    "rename_moderators_group": _post_join_moderators,
    "edit_site_settings": _post_site_settings,
    "delete_library_service": _post_delete_service,
    "delete_network_member": _post_delete_signup,
    "api_delete_b": _post_api_action("delete"),
    "api_unpublish_b": _post_api_action("unpublish"),
    "api_publish_b": _post_api_action("publish", target="news_b_draft"),
    "api_move_a_news_to_b": lambda w: _post_api_action(
        "move", target="news_a_live", destination_page_id=w.library_b.pk, position="last-child"
    )(w),
    "api_copy_b_draft_to_a": _post_api_copy_b_draft,
    "editing_session_ping_b": _post_unlock_b_by_ping,
}

# fmt: off
# name                        volunteer_a  trusted_a  volunteer_plan_b  moderator  anonymous
POST_MATRIX = """
trust_own_team                dash         dash       dash              allowed    login
invite_self_into_b            403          403        403               allowed    login
set_up_access_b               403          403        403               allowed    login
rename_moderators_group       dash         dash       dash              allowed    login
edit_site_settings            dash         dash       dash              allowed    login
delete_library_service        dash         dash       dash              allowed    login
delete_network_member         dash         dash       dash              allowed    login
api_delete_b                  404          404        404               allowed    login
api_unpublish_b               404          404        404               allowed    login
api_publish_b                 404          404        404               allowed    login
api_move_a_news_to_b          403          403        404               allowed    login
api_copy_b_draft_to_a         404          404        404               allowed    login
editing_session_ping_b        404          404        404               allowed    login
"""
# fmt: on


@pytest.mark.parametrize(("role", "name", "expected"), list(_rows(POST_MATRIX)))
def test_admin_post_matrix(role, name, expected, client_as, world):
    client = client_as(role)
    url, data, changed = POSTS[name](world)
    response = client.post(url, data)

    assert _kind(response) == expected, (response.status_code, response.headers.get("Location"))
    if expected != ALLOWED:
        assert not changed(), "denied, yet the change was made"
    if role != "moderator":
        assert SECRET not in response.content.decode(errors="replace")


# Beyond the matrix ------------------------------------------------------------------------------


def test_a_cross_site_post_without_a_csrf_token_is_refused_even_for_a_moderator(world, moderator):
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)

    response = client.post(reverse("wagtailadmin_pages:delete", args=[world.library_b.pk]))

    assert response.status_code == 403
    assert Page.objects.filter(pk=world.library_b.pk).exists()


def test_volunteers_are_only_ever_in_their_own_teams_group(world, volunteer_of, library_a):
    """Never in Wagtail's default Editors or Moderators groups, whose rights cover the whole site."""
    from home.volunteers.invitations import invite_volunteer

    team = VolunteerTeam.objects.get(page=library_a)
    invited, _ = invite_volunteer(
        email="new@example.org.uk", first_name="New", last_name="", team=team, invited_by=None
    )
    for user in (volunteer_of(library_a), invited, world.volunteer_b):
        names = set(user.groups.values_list("name", flat=True))
        assert names == {VolunteerTeam.objects.get(group__user=user).group.name}
        assert not names & {"Editors", "Moderators", MODERATORS_GROUP_NAME}


def test_the_site_history_shows_a_volunteer_only_their_own_teams_pages(client_as, world):
    body = client_as("volunteer_a").get("/admin/reports/site-history/").content.decode()

    assert world.library_b.title not in body
    assert SECRET not in body


def test_the_page_chooser_offers_other_teams_live_pages_but_not_while_their_draft_title_is_pending(
    client_as, world, make_draft
):
    """Live pages are public, so linking to them is fine; a pending draft's title is not public.

    (The chooser names pages by their draft title, so a page whose pending draft renames it is left
    out, with its children, until the draft is published.)
    """
    client = client_as("volunteer_a")
    index = f"/admin/choose-page/{world.library_index.pk}/"

    body = client.get(index).content.decode()
    assert world.library_c.title in body  # no pending draft: offered
    assert world.library_b.title not in body and SECRET not in body

    make_draft(world.library_b, title=world.library_b.title, summary="A new summary, same title")
    body = client.get(index).content.decode()
    assert world.library_b.title in body
    assert SECRET not in body

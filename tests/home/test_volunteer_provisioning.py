"""Each library and plan page gets its own volunteer team, set up by code and repaired by re-running it."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageLogEntry,
    WorkflowPage,
)

from home.models import VolunteerTeam
from home.volunteers.provisioning import ensure_communities_team, provision_volunteer_access, set_trusted
from home.volunteers.roles import COMMON_COLLECTION_NAME, MODERATORS_GROUP_NAME, WORKFLOW_NAME
from libraries.models import CommunityLibraryPage, LibraryIndexPage
from neighbourhood.models import NeighbourhoodPlanPage

pytestmark = pytest.mark.django_db


def page_permissions(group):
    return set(
        GroupPagePermission.objects.filter(group=group).values_list("page__title", "permission__codename")
    )


def collection_permissions(group):
    return set(
        GroupCollectionPermission.objects.filter(group=group).values_list(
            "collection__name", "permission__codename"
        )
    )


@pytest.fixture
def new_library():
    page = CommunityLibraryPage(
        title="Sileby Test Library",
        address="1 High Street",
        town="Sileby",
        postcode="LE12 7RX",
        district="charnwood",
    )
    LibraryIndexPage.objects.get().add_child(instance=page)
    return page


def test_a_new_library_page_gets_its_own_group_collection_and_page_rights(new_library):
    team = VolunteerTeam.objects.get(page=new_library)

    assert team.group.name == "Sileby Test Library volunteers"
    assert team.collection.name == "Sileby Test Library"
    assert team.collection.get_parent().name == "Community managed libraries"
    assert page_permissions(team.group) == {
        ("Sileby Test Library", "add_page"),
        ("Sileby Test Library", "change_page"),
        ("Sileby Test Library", "lock_page"),
    }
    media = {"add_image", "change_image", "delete_image", "choose_image"} | {
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    }
    assert collection_permissions(team.group) == {("Sileby Test Library", codename) for codename in media} | {
        (COMMON_COLLECTION_NAME, "choose_image"),
        (COMMON_COLLECTION_NAME, "choose_document"),
    }
    assert list(team.group.permissions.values_list("codename", flat=True)) == ["access_admin"]
    assert PageLogEntry.objects.filter(page=new_library, action="home.volunteer_access").count() == 1


def test_every_demo_library_and_plan_has_a_team():
    pages = [*CommunityLibraryPage.objects.all(), *NeighbourhoodPlanPage.objects.all()]
    assert pages
    assert {team.page_id for team in VolunteerTeam.objects.all()} >= {page.pk for page in pages}


def test_provisioning_again_changes_nothing(new_library):
    team = VolunteerTeam.objects.get(page=new_library)
    before = (
        page_permissions(team.group),
        collection_permissions(team.group),
        Group.objects.count(),
        Collection.objects.count(),
    )

    again = provision_volunteer_access(new_library)
    call_command("provision_volunteer_access", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert again.pk == team.pk
    after = (
        page_permissions(team.group),
        collection_permissions(team.group),
        Group.objects.count(),
        Collection.objects.count(),
    )
    assert after == before
    assert PageLogEntry.objects.filter(page=new_library, action="home.volunteer_access").count() == 1


def test_provisioning_repairs_rights_changed_by_hand(new_library):
    team = VolunteerTeam.objects.get(page=new_library)
    other_library = CommunityLibraryPage.objects.exclude(pk=new_library.pk).first()
    GroupPagePermission.objects.create(group=team.group, page=other_library, permission_type="change")
    GroupPagePermission.objects.filter(group=team.group, permission__codename="add_page").delete()
    team.group.permissions.add(Permission.objects.get(codename="change_user"))
    GroupCollectionPermission.objects.create(
        group=team.group,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="change_image"),
    )

    provision_volunteer_access(new_library)

    assert page_permissions(team.group) == {
        ("Sileby Test Library", "add_page"),
        ("Sileby Test Library", "change_page"),
        ("Sileby Test Library", "lock_page"),
    }
    assert "Root" not in {name for name, _ in collection_permissions(team.group)}
    assert list(team.group.permissions.values_list("codename", flat=True)) == ["access_admin"]


def test_trusting_a_team_lets_it_publish_and_untrusting_takes_it_back(new_library, admin_user):
    team = VolunteerTeam.objects.get(page=new_library)

    set_trusted(team, True, admin_user)
    assert ("Sileby Test Library", "publish_page") in page_permissions(team.group)
    set_trusted(team, False, admin_user)
    assert ("Sileby Test Library", "publish_page") not in page_permissions(team.group)

    actions = list(PageLogEntry.objects.filter(page=new_library).values_list("action", flat=True))
    assert "home.volunteers_trusted" in actions
    assert "home.volunteers_untrusted" in actions


def test_a_renamed_page_renames_its_group_and_collection(new_library):
    new_library.title = "Sileby Community Library"
    new_library.save()
    team = provision_volunteer_access(new_library)

    assert team.group.name == "Sileby Community Library volunteers"
    assert team.collection.name == "Sileby Community Library"


def test_deleting_a_page_removes_its_volunteers_access_but_keeps_their_files(new_library):
    team = VolunteerTeam.objects.get(page=new_library)
    group_pk, collection_pk = team.group_id, team.collection_id

    new_library.delete()

    assert not Group.objects.filter(pk=group_pk).exists()
    assert Collection.objects.filter(pk=collection_pk).exists()


def test_only_library_and_plan_pages_get_volunteer_teams(home_page):
    with pytest.raises(ValueError, match="not a volunteer-edited page"):
        provision_volunteer_access(home_page)


def test_volunteer_groups_are_never_wagtails_default_editors_or_moderators():
    team_groups = Group.objects.filter(volunteer_team__isnull=False)
    assert team_groups.exists()
    assert not team_groups.filter(name__in=["Editors", "Moderators", MODERATORS_GROUP_NAME]).exists()
    root_rights = GroupPagePermission.objects.filter(group__in=team_groups, page__depth__lte=2)
    assert not root_rights.exists()


def test_the_communities_team_moderates_the_whole_site_through_its_workflow(home_page):
    group = ensure_communities_team()

    assert group.name == MODERATORS_GROUP_NAME
    assert {codename for _, codename in page_permissions(group)} == {
        "add_page",
        "bulk_delete_page",
        "change_page",
        "lock_page",
        "publish_page",
        "unlock_page",
    }
    assert {name for name, _ in collection_permissions(group)} == {"Root"}
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "access_admin",
        "add_user",
        "change_user",
        "change_sitesettings",
        "change_volunteerteam",
    } <= codenames
    assert "add_volunteerteam" not in codenames  # teams follow their pages
    workflow = WorkflowPage.objects.get(page=home_page).workflow
    assert workflow.name == WORKFLOW_NAME
    assert [task.specific.groups.get() for task in workflow.tasks] == [group]
    assert Page.objects.get(pk=CommunityLibraryPage.objects.first().pk).get_workflow() == workflow


def test_a_moderator_sets_up_access_from_the_admin(client, new_library, moderator):
    VolunteerTeam.objects.filter(page=new_library).delete()
    client.force_login(moderator)
    url = reverse("volunteer_set_up_access", args=[new_library.pk])

    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[new_library.pk]))
    assert url in edit_page.content.decode()  # the "Set up volunteer access" button
    response = client.post(url)

    team = VolunteerTeam.objects.get(page=new_library)
    assert response.status_code == 302
    assert response.url == f"{reverse('volunteer_invite')}?team={team.pk}"


def test_a_volunteer_cannot_set_up_access(client, new_library, volunteer_of):
    volunteer = volunteer_of(new_library)
    client.force_login(volunteer)

    assert client.post(reverse("volunteer_set_up_access", args=[new_library.pk])).status_code == 403


def test_the_set_up_view_names_no_page_to_volunteers_and_refuses_other_page_types(
    client, new_library, home_page, moderator, volunteer_of
):
    volunteer = volunteer_of(new_library)
    client.force_login(volunteer)
    response = client.get(reverse("volunteer_set_up_access", args=[home_page.pk]), follow=True)
    assert response.status_code == 403
    assert home_page.title not in response.content.decode()

    client.force_login(moderator)
    assert client.get(reverse("volunteer_set_up_access", args=[home_page.pk])).status_code == 404
    assert client.get(reverse("volunteer_set_up_access", args=[1])).status_code == 404  # the tree's root


def test_publishing_a_new_title_renames_the_group_and_collection(new_library):
    new_library.title = "Sileby Village Library"
    new_library.save_revision().publish()

    team = VolunteerTeam.objects.get(page=new_library)
    assert team.group.name == "Sileby Village Library volunteers"
    assert team.collection.name == "Sileby Village Library"


def test_an_alias_of_a_library_page_gets_no_team_of_its_own(new_library):
    alias = new_library.create_alias(update_slug="sileby-alias")

    assert not VolunteerTeam.objects.filter(page=alias).exists()


def test_a_page_recreated_under_the_same_title_takes_up_its_old_collection(new_library):
    collection_pk = new_library.volunteer_team.collection_id
    new_library.delete()

    again = CommunityLibraryPage(
        title="Sileby Test Library",
        address="1 High Street",
        town="Sileby",
        postcode="LE12 7RX",
        district="charnwood",
    )
    LibraryIndexPage.objects.get().add_child(instance=again)

    assert again.volunteer_team.collection_id == collection_pk
    assert Collection.objects.filter(name="Sileby Test Library").count() == 1


def test_pages_without_a_team_get_one_after_migrate(new_library):
    VolunteerTeam.objects.filter(page=new_library).delete()

    call_command("migrate", verbosity=0)

    assert VolunteerTeam.objects.filter(page=new_library).exists()


def test_a_moderator_deleting_a_team_group_removes_the_team_cleanly(client, new_library, moderator):
    client.force_login(moderator)
    group = new_library.volunteer_team.group

    response = client.post(reverse("wagtailusers_groups:delete", args=[group.pk]))

    assert response.status_code == 302
    assert not VolunteerTeam.objects.filter(page=new_library).exists()


def test_saving_a_team_unchanged_records_nothing(client, new_library, moderator):
    client.force_login(moderator)
    team = new_library.volunteer_team
    url = reverse("volunteer_teams:edit", args=[team.pk])

    client.post(url, {})
    assert not PageLogEntry.objects.filter(page=new_library, action__startswith="home.volunteers_").exists()
    client.post(url, {"trusted": "on"})
    assert PageLogEntry.objects.filter(
        page=new_library, action="home.volunteers_trusted", user=moderator
    ).exists()

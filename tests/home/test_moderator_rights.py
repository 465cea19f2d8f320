"""A moderator cannot give anyone (themselves included) the administration of sites, collections,
workflows, groups or users, through any group or user admin route: group forms, user forms, bulk
actions. Only an administrator (a superuser) can."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission

from home.volunteers.roles import MODERATORS_GROUP_NAME
from tests.admin_forms import rendered_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        "mo", "mo@example.org.uk", "a-long-password", first_name="Mo", last_name="Moderator"
    )
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP_NAME))
    client = Client()
    client.force_login(user)
    return client, user


def _permission(label):
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _group_form(client, url, **changes):
    data = rendered_form_data(client.get(url))
    data.update(changes)
    return data


@pytest.mark.parametrize(
    "permission", ["wagtailcore.add_site", "wagtailcore.add_workflow", "auth.change_group", "auth.add_user"]
)
def test_a_moderator_cannot_create_a_group_with_administration_rights(moderator, permission):
    client, _ = moderator
    url = reverse("wagtailusers_groups:add")
    data = _group_form(client, url, name="Escalation", permissions=[str(_permission(permission).pk)])

    response = client.post(url, data)

    assert response.status_code == 403
    assert not Group.objects.filter(name="Escalation").exists()


def test_a_moderator_cannot_give_a_group_collection_management(moderator):
    client, _ = moderator
    group = Group.objects.create(name="Harmless")
    root = Collection.get_first_root_node()
    response = client.post(
        reverse("wagtailusers_groups:edit", args=[group.pk]),
        {
            **_group_form(client, reverse("wagtailusers_groups:edit", args=[group.pk])),
            "collection_permissions-TOTAL_FORMS": "1",
            "collection_permissions-INITIAL_FORMS": "0",
            "collection_permissions-0-collection": str(root.pk),
            "collection_permissions-0-permissions": [str(_permission("wagtailcore.add_collection").pk)],
        },
    )

    assert response.status_code == 403
    assert not GroupCollectionPermission.objects.filter(group=group).exists()


def test_a_moderator_cannot_join_a_group_with_administration_rights(moderator):
    client, user = moderator
    admins = Group.objects.create(name="Site admins")
    admins.permissions.add(_permission("wagtailcore.add_site"))
    url = reverse("wagtailusers_users:edit", args=[user.pk])
    data = rendered_form_data(client.get(url))
    data["groups"] = [*data.get("groups", []), str(admins.pk)]

    response = client.post(url, data)

    assert response.status_code == 403
    assert not user.groups.filter(pk=admins.pk).exists()
    assert client.get("/admin/sites/new/").status_code != 200


def test_a_moderator_cannot_assign_the_moderators_role_in_bulk(moderator, django_user_model):
    client, _ = moderator
    volunteer = django_user_model.objects.create_user("vol", "vol@example.org.uk", "a-long-password")
    moderators = Group.objects.get(name=MODERATORS_GROUP_NAME)
    url = reverse("wagtail_bulk_action", args=["auth", "user", "assign_role"]) + f"?id={volunteer.pk}"

    response = client.post(url, {"role": moderators.pk})

    assert response.status_code == 403
    assert not volunteer.groups.filter(pk=moderators.pk).exists()


def test_a_moderator_still_renames_a_group_and_manages_volunteer_teams(moderator):
    client, _ = moderator
    group = Group.objects.create(name="Old name")
    url = reverse("wagtailusers_groups:edit", args=[group.pk])

    response = client.post(
        url,
        _group_form(
            client, url, name="New name", permissions=[str(_permission("wagtailadmin.access_admin").pk)]
        ),
    )

    assert response.status_code == 302
    assert Group.objects.get(pk=group.pk).name == "New name"


def test_an_administrator_may_grant_administration(django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org.uk", "a-long-password")
    client = Client()
    client.force_login(admin)
    url = reverse("wagtailusers_groups:add")

    client.post(
        url,
        _group_form(
            client, url, name="Site admins", permissions=[str(_permission("wagtailcore.add_site").pk)]
        ),
    )

    assert Group.objects.get(name="Site admins").permissions.filter(codename="add_site").exists()

"""A moderator invites a volunteer by email; the volunteer chooses their own password and signs in."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import PageLogEntry

from home.models import VolunteerTeam
from home.volunteers.roles import MODERATORS_GROUP_NAME
from tests.admin_forms import rendered_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def team():
    return VolunteerTeam.objects.select_related("page", "group").order_by("page__title").first()


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    client.user = moderator
    return client


def invite(client, team, email="Jo.Bloggs@Example.org.uk", first_name="Jo"):
    return client.post(
        reverse("volunteer_invite"),
        {"email": email, "first_name": first_name, "last_name": "Bloggs", "team": team.pk},
    )


def test_an_invited_volunteer_chooses_a_password_and_reaches_the_dashboard(
    client, moderator_client, team, django_user_model
):
    response = invite(moderator_client, team)
    assert response.status_code == 302

    volunteer = django_user_model.objects.get(email="jo.bloggs@example.org.uk")
    assert not volunteer.has_usable_password()
    assert list(volunteer.groups.all()) == [team.group]
    [email] = mail.outbox
    assert email.to == ["jo.bloggs@example.org.uk"]
    assert team.page.title in email.body
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+)", email.body).group(1)

    client.logout()
    set_password_form = client.get(link, follow=True)
    assert set_password_form.status_code == 200
    client.post(
        set_password_form.redirect_chain[-1][0],
        {"new_password1": "correct horse battery", "new_password2": "correct horse battery"},
    )
    client.post(
        reverse("wagtailadmin_login"),
        {"username": "jo.bloggs@example.org.uk", "password": "correct horse battery"},
    )
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert team.page.title in dashboard.content.decode()


def test_inviting_someone_who_already_has_an_account_adds_them_to_the_team(
    moderator_client, team, django_user_model
):
    existing = django_user_model.objects.create_user("jo", "jo.bloggs@example.org.uk", "a-long-password")

    invite(moderator_client, team, email="JO.BLOGGS@example.org.uk")

    assert django_user_model.objects.filter(email__iexact="jo.bloggs@example.org.uk").count() == 1
    assert team.group in existing.groups.all()
    assert existing.check_password("a-long-password")  # their password is left alone
    assert "already have an account" in mail.outbox[0].body


def test_a_mistyped_invitation_is_refused_and_keeps_what_was_typed(moderator_client, team, django_user_model):
    response = invite(moderator_client, team, email="jo.bloggs@example", first_name="Jo")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Enter a valid email address" in page
    assert 'value="jo.bloggs@example"' in page
    assert 'value="Jo"' in page
    assert not mail.outbox
    assert not django_user_model.objects.filter(email="jo.bloggs@example").exists()


def test_invited_volunteers_never_join_wagtails_default_groups(moderator_client, team, django_user_model):
    invite(moderator_client, team)

    volunteer = django_user_model.objects.get(email="jo.bloggs@example.org.uk")
    assert not volunteer.groups.filter(name__in=["Editors", "Moderators", MODERATORS_GROUP_NAME]).exists()
    assert not volunteer.is_staff and not volunteer.is_superuser


def test_the_invitation_is_in_the_pages_history(moderator_client, team):
    invite(moderator_client, team)

    entry = PageLogEntry.objects.get(page=team.page, action="home.volunteer_invited")
    assert entry.user == moderator_client.user
    assert entry.data["email"] == "jo.bloggs@example.org.uk"


def test_volunteers_cannot_invite_anyone(client, team, django_user_model):
    volunteer = django_user_model.objects.create_user("vol", "vol@example.org.uk", "a-long-password")
    volunteer.groups.add(team.group)
    client.force_login(volunteer)

    assert client.get(reverse("volunteer_invite")).status_code == 403
    assert invite(client, team, email="friend@example.org.uk").status_code == 403
    assert not django_user_model.objects.filter(email="friend@example.org.uk").exists()


@pytest.mark.parametrize(
    ("existing", "message"),
    [
        ({"is_superuser": True}, "administrator, a moderator or a deactivated account"),
        ({"is_active": False}, "administrator, a moderator or a deactivated account"),
        ({"moderator": True}, "administrator, a moderator or a deactivated account"),
        ({"username": "jo.bloggs@example.org.uk", "email": "someone.else@example.org.uk"}, "as its username"),
        ({"twice": True}, "Several accounts use this email address"),
    ],
    ids=["superuser", "deactivated", "moderator", "username-taken", "two-accounts"],
)
def test_an_address_that_cannot_join_a_team_is_refused_with_a_reason(
    moderator_client, team, django_user_model, existing, message
):
    fields = {"username": "jo", "email": "jo.bloggs@example.org.uk", "password": "a-long-password"}
    fields.update({key: value for key, value in existing.items() if key in ("username", "email")})
    user = django_user_model.objects.create_user(**fields)
    django_user_model.objects.filter(pk=user.pk).update(
        is_superuser=existing.get("is_superuser", False), is_active=existing.get("is_active", True)
    )
    if existing.get("moderator"):
        user.groups.add(Group.objects.get(name=MODERATORS_GROUP_NAME))
    if existing.get("twice"):
        django_user_model.objects.create_user("jo2", "JO.BLOGGS@example.org.uk", "a-long-password")

    response = invite(moderator_client, team)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not team.group.user_set.exists()
    assert not mail.outbox


def test_volunteers_cannot_change_their_own_email_address(client, team, django_user_model):
    # Invitations find existing accounts by email: an address typed by its owner can't be trusted.
    volunteer = django_user_model.objects.create_user("vol", "vol@example.org.uk", "a-long-password")
    volunteer.groups.add(team.group)
    client.force_login(volunteer)

    account_form = rendered_form_data(client.get(reverse("wagtailadmin_account")))

    assert "name_email-first_name" in account_form
    assert "name_email-email" not in account_form


def test_a_moderator_cannot_create_an_administrator(client, moderator, django_user_model):
    client.force_login(moderator)
    client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "newadmin",
            "email": "newadmin@example.org.uk",
            "first_name": "New",
            "last_name": "Admin",
            "password1": "a-long-password-1",
            "password2": "a-long-password-1",
            "is_superuser": "on",
            "is_active": "on",
        },
    )

    assert not django_user_model.objects.filter(username="newadmin", is_superuser=True).exists()


def test_a_moderator_cannot_change_or_delete_an_administrator(client, moderator, admin_user):
    client.force_login(moderator)

    client.post(
        reverse("wagtailusers_users:edit", args=[admin_user.pk]),
        {
            "username": "admin",
            "email": "taken@example.org.uk",
            "password1": "x-long-password",
            "password2": "x-long-password",
        },
    )
    client.post(reverse("wagtailusers_users:delete", args=[admin_user.pk]))

    admin_user.refresh_from_db()
    assert admin_user.email != "taken@example.org.uk"
    assert admin_user.is_superuser

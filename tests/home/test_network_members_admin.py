"""The Communities Team's list of network members: confirmed members only, exported formula-safe, deleted on
request; nobody else sees it. Existing Neighbourhood Planning Network members were kept by a migration."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone
from openpyxl import load_workbook

from home.models import Network, NetworkMember

pytestmark = pytest.mark.django_db


def content(response):
    return b"".join(response.streaming_content if response.streaming else [response.content])


@pytest.fixture
def members():
    confirmed = NetworkMember.objects.create(
        network=Network.COMMUNITIES,
        name="Ada Confirmed",
        email="ada@example.org",
        confirmed_at=timezone.now(),
    )
    NetworkMember.objects.create(
        network=Network.NEIGHBOURHOOD_PLANNING, name="Bo Unconfirmed", email="bo@example.org"
    )
    return confirmed


@pytest.fixture
def team_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("team", "t@example.com", "a-long-password"))
    return client


def test_the_list_shows_confirmed_members_only(team_client, members):
    response = team_client.get("/admin/network_members/")

    assert b"Ada Confirmed" in response.content
    assert b"Bo Unconfirmed" not in response.content


def test_the_csv_export_has_confirmed_members_only(team_client, members):
    rows = list(
        csv.DictReader(io.StringIO(content(team_client.get("/admin/network_members/?export=csv")).decode()))
    )

    assert [row["Email"] for row in rows] == ["ada@example.org"]


def test_the_xlsx_export_has_confirmed_members_only(team_client, members):
    sheet = load_workbook(io.BytesIO(content(team_client.get("/admin/network_members/?export=xlsx")))).active

    emails = [cell.value for cell in sheet["C"][1:]]
    assert emails == ["ada@example.org"]


def test_the_export_cannot_carry_a_spreadsheet_formula(team_client):
    NetworkMember.objects.create(
        network=Network.COMMUNITIES, name='=HYPERLINK("http://evil.example","x")', email="e@example.org",
        confirmed_at=timezone.now(),
    )  # fmt: skip

    text = content(team_client.get("/admin/network_members/?export=csv")).decode()

    assert "'=HYPERLINK" in text
    assert ",=HYPERLINK" not in text and '"=HYPERLINK' not in text


def test_the_team_deletes_a_member_on_request(team_client, members):
    response = team_client.post(f"/admin/network_members/delete/{members.pk}/")

    assert response.status_code == 302
    assert not NetworkMember.objects.filter(pk=members.pk).exists()


def test_an_ordinary_admin_user_cannot_see_the_members(client, django_user_model, members):
    user = django_user_model.objects.create_user("editor", "e@example.com", "a-long-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    for url in ("/admin/network_members/", "/admin/network_members/?export=csv"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"ada@example.org" not in content(response), url


def test_the_migration_keeps_existing_neighbourhood_planning_network_members_as_confirmed():
    from datetime import datetime
    from importlib import import_module
    from types import SimpleNamespace

    migration = import_module("home.migrations.0007_keep_neighbourhood_planning_network_members")
    joined = timezone.make_aware(datetime(2024, 5, 1, 10, 0))
    old_rows = [
        SimpleNamespace(name="Pat", email="pat@example.org", group_or_parish="Anstey", joined_at=joined,
                        consent_to_contact=True),
    ]  # fmt: skip

    class OldSignups:
        class objects:  # noqa: N801  (stands in for the historical model's manager)
            @staticmethod
            def filter(consent_to_contact):
                return [row for row in old_rows if row.consent_to_contact == consent_to_contact]

    models = {"neighbourhood.NetworkSignup": OldSignups, "home.NetworkMember": NetworkMember}
    migration.copy_members(SimpleNamespace(get_model=lambda app, name: models[f"{app}.{name}"]), None)

    kept = NetworkMember.objects.confirmed().get()
    assert (kept.network, kept.name, kept.email, kept.area) == (
        Network.NEIGHBOURHOOD_PLANNING,
        "Pat",
        "pat@example.org",
        "Anstey",
    )
    assert kept.confirmed_at == joined

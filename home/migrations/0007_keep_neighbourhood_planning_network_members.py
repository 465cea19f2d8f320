"""Existing Neighbourhood Planning Network members are kept: copied from neighbourhood.NetworkSignup.

They joined before confirmation emails existed; their entries were the Communities Team's member list,
so they stay members (confirmed when they joined). Their next message carries the link to leave."""

from django.db import migrations

NEIGHBOURHOOD_PLANNING = "neighbourhood-planning"


def copy_members(apps, schema_editor):
    NetworkSignup = apps.get_model("neighbourhood", "NetworkSignup")
    NetworkMember = apps.get_model("home", "NetworkMember")
    NetworkMember.objects.bulk_create(
        NetworkMember(
            network=NEIGHBOURHOOD_PLANNING,
            name=signup.name,
            email=signup.email,
            area=signup.group_or_parish,
            joined_at=signup.joined_at,
            confirmed_at=signup.joined_at,
        )
        for signup in NetworkSignup.objects.filter(consent_to_contact=True)
    )


def copy_members_back(apps, schema_editor):
    NetworkSignup = apps.get_model("neighbourhood", "NetworkSignup")
    NetworkMember = apps.get_model("home", "NetworkMember")
    members = NetworkMember.objects.filter(network=NEIGHBOURHOOD_PLANNING, confirmed_at__isnull=False)
    NetworkSignup.objects.bulk_create(
        NetworkSignup(
            name=member.name,
            email=member.email,
            group_or_parish=member.area,
            consent_to_contact=True,
            joined_at=member.joined_at,
        )
        for member in members
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_network_members"),
        ("neighbourhood", "0003_last_reviewed"),
    ]

    operations = [migrations.RunPython(copy_members, copy_members_back)]

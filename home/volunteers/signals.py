from django.contrib.auth.models import Group
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from home.models import VolunteerTeam
from home.volunteers.provisioning import (
    ensure_communities_team,
    provision_pages_without_teams,
    provision_volunteer_access,
    volunteer_page_models,
)


def set_up_new_volunteer_page(sender, instance, created, raw=False, **kwargs):
    # An alias shows another page's content; it is edited through that page, by that page's team.
    if created and not raw and not instance.alias_of_id:
        provision_volunteer_access(instance)


def follow_published_title(sender, instance, **kwargs):
    """Keep the team's group and collection named after the page."""
    if not instance.alias_of_id:
        provision_volunteer_access(instance)


def remove_team_group(sender, instance, **kwargs):
    # A deleted page's volunteers lose their admin access with it. The collection stays: its images
    # and documents may be used elsewhere, and the Communities Team decides what to keep.
    Group.objects.filter(pk=instance.group_id).delete()


def set_up_communities_team(sender, **kwargs):
    if ensure_communities_team() is not None:
        provision_pages_without_teams()


def connect():
    for model in volunteer_page_models():
        page_published.connect(
            follow_published_title, sender=model, dispatch_uid=f"volunteer-title-{model._meta.label}"
        )
        post_save.connect(
            set_up_new_volunteer_page, sender=model, dispatch_uid=f"volunteer-access-{model._meta.label}"
        )
    post_delete.connect(remove_team_group, sender=VolunteerTeam, dispatch_uid="volunteer-team-group")

from django.db.models.signals import post_delete, post_save

from home.models import VolunteerTeam
from home.volunteers.provisioning import (
    ensure_communities_team,
    provision_volunteer_access,
    volunteer_page_models,
)


def set_up_new_volunteer_page(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        provision_volunteer_access(instance)


def remove_team_group(sender, instance, **kwargs):
    # A deleted page's volunteers lose their admin access with it. The collection stays: its images
    # and documents may be used elsewhere, and the Communities Team decides what to keep.
    instance.group.delete()


def set_up_communities_team(sender, **kwargs):
    ensure_communities_team()


def connect():
    for model in volunteer_page_models():
        post_save.connect(
            set_up_new_volunteer_page, sender=model, dispatch_uid=f"volunteer-access-{model._meta.label}"
        )
    post_delete.connect(remove_team_group, sender=VolunteerTeam, dispatch_uid="volunteer-team-group")

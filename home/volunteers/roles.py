"""Names of the groups, collections and workflow the permission model is built from."""

from django.contrib.auth.models import Group

MODERATORS_GROUP_NAME = "Communities Team moderators"
# Read-only for volunteers: logos, photos and leaflets every team may use.
COMMON_COLLECTION_NAME = "Common"
WORKFLOW_NAME = "Communities Team review"
APPROVAL_TASK_NAME = "Communities Team approval"

# Wagtail's page permission types, as volunteers and moderators get them (publish only when trusted).
VOLUNTEER_PAGE_PERMISSIONS = ["add", "change", "lock"]
TRUSTED_VOLUNTEER_PAGE_PERMISSIONS = [*VOLUNTEER_PAGE_PERMISSIONS, "publish"]
MODERATOR_PAGE_PERMISSIONS = ["add", "bulk_delete", "change", "lock", "publish", "unlock"]

# What a team may do in its own collection (and moderators everywhere).
MEDIA_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
    "wagtaildocs.choose_document",
]
COMMON_MEDIA_PERMISSIONS = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]


def moderators_group():
    return Group.objects.get(name=MODERATORS_GROUP_NAME)

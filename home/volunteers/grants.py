"""Only administrators (superusers) give the administration of sites, collections, workflows, groups
or users: nobody else's admin request may add such a right to a group, give a group collection
management, or put anyone in a group that carries one.

Checked on what a request changed, not in each form, so every group and user admin route (group and
user forms, bulk actions, and any an upgrade adds) is covered: `AdministrationGrantsMiddleware` runs
each admin POST of anyone but an administrator in a transaction, compares who holds administration
before and after, and undoes the whole request with a 403 if anyone gained it.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from wagtail.models import GroupCollectionPermission, Task

from home.permissions import refuse

# Models whose permissions are administration; workflow tasks are added below.
ADMINISTERED_MODELS = [("wagtailcore", "site"), ("wagtailcore", "collection"), ("wagtailcore", "workflow")]
ADMINISTERED_APPS = ["auth"]  # users and groups
# Collection management, given per collection in the group form's "Collection" panel.
COLLECTION_MANAGEMENT = ["add_collection", "change_collection", "delete_collection"]


def administration_permissions():
    task_models = [model._meta.model_name for model in apps.get_models() if issubclass(model, Task)]
    administered = Q(content_type__app_label__in=ADMINISTERED_APPS) | Q(
        content_type__app_label="wagtailcore", content_type__model__in=task_models
    )
    for app_label, model in ADMINISTERED_MODELS:
        administered |= Q(content_type__app_label=app_label, content_type__model=model)
    return Permission.objects.filter(administered)


def administration_held():
    """Every (kind, holder, right) by which someone holds administration."""
    permissions = administration_permissions()
    group_rights = Group.permissions.through.objects.filter(permission__in=permissions)
    collection_rights = GroupCollectionPermission.objects.filter(
        permission__codename__in=COLLECTION_MANAGEMENT
    )
    carrying = Group.objects.filter(
        Q(pk__in=group_rights.values("group_id")) | Q(pk__in=collection_rights.values("group_id"))
    )
    members = get_user_model().groups.through.objects.filter(group__in=carrying)
    return {
        *(("group", *row) for row in group_rights.values_list("group_id", "permission_id")),
        *(
            ("collection", *row)
            for row in collection_rights.values_list("group_id", "collection_id", "permission_id")
        ),
        *(("member", *row) for row in members.values_list("user_id", "group_id")),
    }


class AdministrationGrantsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._checked(request):
            return self.get_response(request)
        with transaction.atomic():
            before = administration_held()
            response = self.get_response(request)
            if administration_held() - before:
                transaction.set_rollback(True)
                return refuse(request)
            return response

    def _checked(self, request):
        user = request.user
        return (
            request.method == "POST"
            and request.path.startswith(reverse("wagtailadmin_home"))
            and user.is_authenticated
            and not user.is_superuser
        )

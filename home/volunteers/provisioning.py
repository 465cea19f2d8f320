"""Groups, collections, permissions and the review workflow, set up by code and never by hand.

`ensure_communities_team()` runs after every `migrate`; `provision_volunteer_access(page)` runs when a
volunteer page is created, from `manage.py provision_volunteer_access` and from the admin's
"Set up volunteer access" button. Both are idempotent and both *set* permissions rather than add
to them, so running them again also repairs anything changed by hand.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from wagtail.log_actions import log
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.models import VolunteerEditedPage, VolunteerTeam
from home.volunteers import roles

# Apps whose models (snippets, settings, sign-ups, search tools) the Communities Team manages.
MODERATED_APPS = [
    "home",
    "libraries",
    "neighbourhood",
    "toolkits",
    "whatson",
    "site_search",
    "wagtailsearchpromotions",
    "wagtailredirects",
]


def volunteer_page_models():
    return [model for model in apps.get_models() if issubclass(model, VolunteerEditedPage)]


@transaction.atomic
def ensure_communities_team():
    """The moderators group with its rights everywhere, the Common collection and the review workflow."""
    root_collection = Collection.get_first_root_node()
    if root_collection is None:  # a flushed or half-migrated database: nothing to attach rights to
        return None
    _create_all_permissions()
    group, _ = Group.objects.get_or_create(name=roles.MODERATORS_GROUP_NAME)
    group.permissions.set(_moderator_model_permissions())

    _set_collection_permissions(group, {root_collection: roles.MEDIA_PERMISSIONS})
    _child_collection(root_collection, roles.COMMON_COLLECTION_NAME)

    site_roots = list(Page.objects.filter(sites_rooted_here__isnull=False).distinct())
    _set_page_permissions(group, dict.fromkeys(site_roots, roles.MODERATOR_PAGE_PERMISSIONS))

    workflow = review_workflow(group)
    for root in site_roots:
        WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})
    return group


def review_workflow(moderators=None):
    """The "Communities Team review" workflow: one approval step by the moderators group."""
    moderators = moderators or roles.moderators_group()
    task, _ = GroupApprovalTask.objects.get_or_create(name=roles.APPROVAL_TASK_NAME)
    task.groups.set([moderators])
    workflow, _ = Workflow.objects.get_or_create(name=roles.WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


@transaction.atomic
def provision_volunteer_access(page, user=None):
    """The volunteer team of one library or planning group page: its group, collection and rights.

    The group may add and edit pages under `page` only, and upload and use images and documents in
    the team's own collection (and use, not change, those in "Common"). It publishes only if the
    Communities Team marked it trusted; otherwise changes go through the review workflow.
    """
    page = page.specific
    if not isinstance(page, VolunteerEditedPage):
        raise ValueError(f"{page.title!r} is a {page._meta.verbose_name}, not a volunteer-edited page.")

    team = VolunteerTeam.objects.select_related("group", "collection").filter(page=page).first()
    created = team is None
    if created:
        section_collection = _child_collection(Collection.get_first_root_node(), page.get_parent().title)
        # A collection left behind by a deleted team of the same name is taken up again, not duplicated.
        collection = (
            section_collection.get_children().filter(name=page.title, volunteer_team__isnull=True).first()
        )
        team = VolunteerTeam.objects.create(
            page=page,
            group=Group.objects.create(name=_unique_group_name(page)),
            collection=collection or section_collection.add_child(name=page.title),
        )
    else:
        _follow_page_title(team, page)

    group = team.group
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    page_permissions = (
        roles.TRUSTED_VOLUNTEER_PAGE_PERMISSIONS if team.trusted else roles.VOLUNTEER_PAGE_PERMISSIONS
    )
    _set_page_permissions(group, {page: page_permissions})
    common = _child_collection(Collection.get_first_root_node(), roles.COMMON_COLLECTION_NAME)
    _set_collection_permissions(
        group,
        {team.collection: roles.MEDIA_PERMISSIONS, common: roles.COMMON_MEDIA_PERMISSIONS},
    )
    workflow = review_workflow()
    if page.get_workflow() != workflow:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})

    if created or user is not None:
        action = "home.volunteer_access" if created else "home.volunteer_access_repaired"
        log(instance=page, action=action, user=user, data={"group": group.name})
    return team


def provision_pages_without_teams():
    """Teams for library and plan pages that have none yet (pages made before this code, or restored)."""
    for model in volunteer_page_models():
        for page in model.objects.filter(volunteer_team__isnull=True, alias_of__isnull=True):
            provision_volunteer_access(page)


def set_trusted(team, trusted, user):
    """Let a team publish without review, or take that back; recorded in the page's history."""
    team.trusted = trusted
    team.save(update_fields=["trusted"])
    provision_volunteer_access(team.page)
    log(
        instance=team.page.specific,
        action="home.volunteers_trusted" if trusted else "home.volunteers_untrusted",
        user=user,
        data={"group": team.group.name},
    )


def _create_all_permissions():
    # Permissions are normally created after migrate, app by app; create them all now, so the
    # moderators get the rights of apps that come after `home` in INSTALLED_APPS.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)


def _moderator_model_permissions():
    page_types = ContentType.objects.get_for_models(
        *[model for model in apps.get_models() if issubclass(model, Page)]
    ).values()
    return Permission.objects.filter(
        Q(content_type__app_label__in=MODERATED_APPS)
        | Q(content_type__app_label="auth", content_type__model__in=["user", "group"])
        | Q(content_type__app_label="wagtailadmin", codename="access_admin")
        # See and lift paused sign-ins (home/login_pauses.py).
        | Q(content_type__app_label="axes", codename__in=["view_accessattempt", "delete_accessattempt"])
    ).exclude(content_type__in=page_types)


def _set_page_permissions(group, permissions_by_page):
    wanted = set()
    for page, permission_types in permissions_by_page.items():
        for permission_type in permission_types:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
            )
            wanted.add((page.pk, permission.pk))
    _sync(
        GroupPagePermission.objects.filter(group=group),
        wanted,
        "page_id",
        "permission_id",
        lambda page_id, permission_id: GroupPagePermission(
            group=group, page_id=page_id, permission_id=permission_id
        ),
    )


def _set_collection_permissions(group, permissions_by_collection):
    wanted = set()
    for collection, names in permissions_by_collection.items():
        for name in names:
            app_label, codename = name.split(".")
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            wanted.add((collection.pk, permission.pk))
    _sync(
        GroupCollectionPermission.objects.filter(group=group),
        wanted,
        "collection_id",
        "permission_id",
        lambda collection_id, permission_id: GroupCollectionPermission(
            group=group, collection_id=collection_id, permission_id=permission_id
        ),
    )


def _sync(existing, wanted, object_field, permission_field, build):
    """Make the rows in `existing` exactly `wanted` (pairs of object and permission ids)."""
    have = {(getattr(row, object_field), getattr(row, permission_field)): row.pk for row in existing}
    stale = [pk for pair, pk in have.items() if pair not in wanted]
    if stale:
        existing.model.objects.filter(pk__in=stale).delete()
    existing.model.objects.bulk_create([build(*pair) for pair in wanted if pair not in have])


def _child_collection(parent, name):
    existing = parent.get_children().filter(name=name).first()
    return existing or parent.add_child(name=name)


def _unique_group_name(page, exclude=None):
    name = f"{page.title} volunteers"[:150]
    clashes = Group.objects.filter(name=name)
    if exclude is not None:
        clashes = clashes.exclude(pk=exclude.pk)
    return f"{page.title[:120]} volunteers (page {page.pk})" if clashes.exists() else name


def _follow_page_title(team, page):
    """Keep the group's and collection's names in step with the page they belong to."""
    name = _unique_group_name(page, exclude=team.group)
    if team.group.name != name:
        team.group.name = name
        team.group.save(update_fields=["name"])
    if team.collection.name != page.title:
        team.collection.name = page.title
        team.collection.save(update_fields=["name"])

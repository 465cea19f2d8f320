"""Closing gaps in Wagtail's own checks that the permission tests (tests/home/test_volunteer_permissions_*.py)
found: places where a volunteer could read another team's unpublished drafts, images or documents.

Wagtail checks *actions* well; what leaks is *titles*: the admin shows a page's `draft_title` (the
title in its latest, maybe unpublished, revision) wherever it lists pages, and a few listings are
not scoped to what the user may work on. Each fix below says which requests it closes.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import F, Q
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.views import defaults
from wagtail import hooks
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction as PageDeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction as PageMoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction as PagePublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction as PageUnpublishBulkAction
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.views.bulk_actions.add_tags import AddTagsBulkAction as DocumentAddTagsBulkAction
from wagtail.documents.views.bulk_actions.add_to_collection import (
    AddToCollectionBulkAction as DocumentAddToCollectionBulkAction,
)
from wagtail.documents.views.bulk_actions.delete import DeleteBulkAction as DocumentDeleteBulkAction
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.views.bulk_actions.add_tags import AddTagsBulkAction as ImageAddTagsBulkAction
from wagtail.images.views.bulk_actions.add_to_collection import (
    AddToCollectionBulkAction as ImageAddToCollectionBulkAction,
)
from wagtail.images.views.bulk_actions.delete import DeleteBulkAction as ImageDeleteBulkAction
from wagtail.models import Page
from wagtail.permissions import policy_registry

from home.volunteers.teams import is_volunteer_only, own_pages_q, teams_of

# Run after Wagtail's own registrations (order 0), so that ours replace theirs where both register.
AFTER_WAGTAIL = 100


def pages_showing_someone_elses_draft_title(user):
    """Pages outside the user's own trees whose admin title (the draft's) is not the published one.

    Ancestors of the user's own pages (the home page, a section index) are not someone else's: the
    user browses through them to reach their own pages.
    """
    own_ancestors = Q(pk__in=[])
    for team in teams_of(user):
        own_ancestors |= Q(path__in=[team.page.path[:end] for end in range(4, len(team.page.path), 4)])
    return Page.objects.exclude(own_pages_q(user)).exclude(own_ancestors).exclude(draft_title=F("title"))


# Page chooser (browse, search): a live page of another team with a pending draft is listed under its
# draft title (and named so as the parent of its children in search results). Leave such pages and
# their children out until the draft is published; they are linkable again then.
# home/wagtail_hooks.py already keeps unpublished pages of other teams out.


@hooks.register("construct_page_chooser_queryset", order=AFTER_WAGTAIL)
def hide_other_teams_draft_titles_from_the_chooser(pages, request):
    if not is_volunteer_only(request.user):
        return pages
    # Their children too: search results name each page's parent. By primary key, because search
    # results can only be filtered on indexed fields, and draft_title is not one.
    hidden = dict(pages_showing_someone_elses_draft_title(request.user).values_list("path", "pk"))
    if not hidden:
        return pages
    # Children found by their parent's path: one query however many pages are hidden.
    children = Page.objects.annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen)).filter(
        parent_path__in=list(hidden)
    )
    hidden_ids = [*hidden.values(), *children.values_list("pk", flat=True)]
    return pages.exclude(pk__in=hidden_ids)


# Bulk actions (/admin/bulk/<app>/<model>/<action>/?id=...): the confirmation page lists, by title,
# every object asked for that the user may not act on. Anyone can ask for any id, so list only the
# objects the user may act on (the others were never acted on anyway).


class ListOnlyActionableItems:
    def get_actionable_objects(self):
        objects, context = super().get_actionable_objects()
        return objects, {**context, "items_with_no_access": []}


for _action_class in [
    PageDeleteBulkAction,
    PageMoveBulkAction,
    PagePublishBulkAction,
    PageUnpublishBulkAction,
    ImageDeleteBulkAction,
    ImageAddTagsBulkAction,
    ImageAddToCollectionBulkAction,
    DocumentDeleteBulkAction,
    DocumentAddTagsBulkAction,
    DocumentAddToCollectionBulkAction,
]:
    hooks.register(
        "register_bulk_action",
        type(_action_class.__name__, (ListOnlyActionableItems, _action_class), {"__module__": __name__}),
        order=AFTER_WAGTAIL,
    )


# Admin API (/admin/api/main/images/, /documents/): Wagtail lists every image and document in a
# collection without view restrictions. Scope them to what the user may choose or change, as the
# choosers are.


class ImagesTheUserMayUse(ImagesAdminAPIViewSet):
    def get_queryset(self):
        usable = policy_registry.get_by_type(self.model).instances_user_has_any_permission_for(
            self.request.user, ["choose", "change"]
        )
        return super().get_queryset().filter(pk__in=usable.values("pk"))


class DocumentsTheUserMayUse(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        usable = policy_registry.get_by_type(self.model).instances_user_has_any_permission_for(
            self.request.user, ["choose", "change"]
        )
        return super().get_queryset().filter(pk__in=usable.values("pk"))


@hooks.register("construct_admin_api", order=AFTER_WAGTAIL)
def scope_admin_api_media(router):
    router.register_endpoint("images", ImagesTheUserMayUse)
    router.register_endpoint("documents", DocumentsTheUserMayUse)


# Views no hook reaches. Needs "home.volunteers.hardening.VolunteerBoundaryMiddleware" in MIDDLEWARE
# (after AuthenticationMiddleware).
#   - /admin/choose-page/chosen-multiple/?id=...: answers with the draft title of any page id given,
#     with no permission check at all (an unpublished page's title, or a pending draft's).
#   - /admin/choose-page/<parent_id>/: the chooser's header and breadcrumbs name the parent page and
#     its ancestors by their draft titles (the construct_page_chooser_queryset hook filters only the
#     children listed).
#   - /admin/reports/page-types-usage/: names the last edited page of each type, site-wide, by its
#     draft title, to anyone who can edit any page.


GUARDED_VIEWS = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtailadmin_choose_page_chosen_multiple",
    "wagtailadmin_choose_page_child",
}


class VolunteerBoundaryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name not in GUARDED_VIEWS:
            return None
        if not request.user.is_authenticated or not is_volunteer_only(request.user):
            return None
        if match.view_name in (
            "wagtailadmin_reports:page_types_usage",
            "wagtailadmin_reports:page_types_usage_results",
        ):
            return defaults.permission_denied(request, PermissionDenied())
        if match.view_name == "wagtailadmin_choose_page_chosen_multiple":
            asked = {value for value in request.GET.getlist("id") if value.isdigit()}
            choosable = _choosable_pages(request).filter(pk__in=asked).values_list("pk", flat=True)
            if asked != {str(pk) for pk in choosable}:
                raise Http404
        if match.view_name == "wagtailadmin_choose_page_child":
            parent = Page.objects.filter(pk=view_kwargs.get("parent_page_id")).first()
            if parent is not None:
                shown = parent.get_ancestors(inclusive=True)
                if (
                    pages_showing_someone_elses_draft_title(request.user)
                    .filter(pk__in=shown.values("pk"))
                    .exists()
                ):
                    raise Http404
        return None


def _choosable_pages(request):
    """The pages the page chooser would offer this user."""
    pages = Page.objects.all()
    for hook in hooks.get_hooks("construct_page_chooser_queryset"):
        pages = hook(pages, request)
    return pages

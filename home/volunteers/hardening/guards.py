"""The Wagtail views no hook reaches, guarded for volunteers by `VolunteerBoundaryMiddleware`.

Each guard is keyed by the Wagtail view itself (its class, or its function), imported: an upgrade that
renames one fails the import, and `home/volunteers/checks.py` fails start-up if an admin URL no
longer routes to one. A guard returns None to let Wagtail's view answer, or the response to give
instead. The middleware needs to come after AuthenticationMiddleware.
"""

import inspect

from django.http import Http404
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import tags
from wagtail.admin.views.chooser import BrowseView, ChosenMultipleView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.images.views.chooser import ImageChooseView
from wagtail.models import Page

from home.permissions import refuse
from home.volunteers.hardening.choices import narrow_choices
from home.volunteers.hardening.choosers import (
    ImageChooseViewWithVisibleTags,
    autocomplete_visible_tags,
    choosable_pages,
)
from home.volunteers.hardening.visibility import pages_showing_someone_elses_draft_title
from home.volunteers.teams import is_volunteer_only


def refused(request, view_func, kwargs):
    """Names the last edited page of each type, site-wide, by its draft title."""
    return refuse(request)


def only_choosable_pages(request, view_func, kwargs):
    """Answers with the draft title of any page id given, with no permission check at all."""
    asked = {value for value in request.GET.getlist("id") if value.isdigit()}
    choosable = choosable_pages(request).filter(pk__in=asked).values_list("pk", flat=True)
    if asked != {str(pk) for pk in choosable}:
        raise Http404
    return None


def no_parent_with_someone_elses_draft_title(request, view_func, kwargs):
    """The chooser's header and breadcrumbs name the parent page and its ancestors by their draft
    titles (the construct_page_chooser_queryset hook filters only the children listed)."""
    parent = Page.objects.filter(pk=kwargs.get("parent_page_id")).first()
    if parent is not None:
        shown = parent.get_ancestors(inclusive=True).values("pk")
        if pages_showing_someone_elses_draft_title(request.user).filter(pk__in=shown).exists():
            raise Http404
    return None


def visible_tags_only(request, view_func, kwargs):
    """Completes from every tag on the site; tags of other models than taggit's are the Communities
    Team's own vocabularies (case study themes), public anyway."""
    return None if kwargs else autocomplete_visible_tags(request)


def image_chooser_with_visible_tags(request, view_func, kwargs):
    """Suggests the most used tags of every image."""
    view = ImageChooseViewWithVisibleTags.as_view(**view_func.view_initkwargs)
    return require_admin_access(view)(request, **kwargs)


GUARDS = {
    PageTypesUsageReportView: refused,
    ChosenMultipleView: only_choosable_pages,
    BrowseView: no_parent_with_someone_elses_draft_title,
    tags.autocomplete: visible_tags_only,
    ImageChooseView: image_chooser_with_visible_tags,
}


def wagtail_view(view_func):
    """The view class (for class-based views) or the undecorated function behind a URL's callback."""
    return getattr(view_func, "view_class", None) or inspect.unwrap(view_func)


class VolunteerBoundaryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        guard = GUARDS.get(wagtail_view(view_func))
        if guard is None or not _volunteer(request):
            return None
        return guard(request, view_func, view_kwargs)

    def process_template_response(self, request, response):
        if _volunteer(request) and response.context_data:
            narrow_choices(response.context_data, request.user)
        return response


def _volunteer(request):
    return request.user.is_authenticated and is_volunteer_only(request.user)

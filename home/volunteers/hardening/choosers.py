"""Choosers and suggestions that would offer a volunteer other teams' draft titles or tags."""

from django.db.models.functions import Length, Substr
from django.http import JsonResponse
from wagtail import hooks
from wagtail.admin.views.tags import TAGS_AUTOCOMPLETE_LIMIT
from wagtail.images.views.chooser import ImageChooseView
from wagtail.models import Page

from home.volunteers.hardening.bulk_actions import AFTER_WAGTAIL
from home.volunteers.hardening.visibility import pages_showing_someone_elses_draft_title, visible_tags
from home.volunteers.teams import is_volunteer_only

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


def choosable_pages(request):
    """The pages the page chooser would offer this user."""
    pages = Page.objects.all()
    for hook in hooks.get_hooks("construct_page_chooser_queryset"):
        pages = hook(pages, request)
    return pages


class ImageChooseViewWithVisibleTags(ImageChooseView):
    """Wagtail's image chooser suggests the most used tags of all images, whoever's they are."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        visible = set(visible_tags(self.request.user).values_list("name", flat=True))
        context["popular_tags"] = [tag for tag in context["popular_tags"] if tag.name in visible]
        return context


def autocomplete_visible_tags(request):
    """Wagtail's /admin/tag-autocomplete/ completes from every tag on the site."""
    term = request.GET.get("term", "")
    tags = visible_tags(request.user).filter(name__istartswith=term) if term else []
    names = [tag.name for tag in tags.order_by("name")[:TAGS_AUTOCOMPLETE_LIMIT]] if term else []
    return JsonResponse(names, safe=False)

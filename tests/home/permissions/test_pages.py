"""Who may do what to which page, through real admin requests (GET, and POSTs with real form data).

Each row of the matrix is one admin action on one page, and the outcome for each role:
  allowed   the view answers (200, or redirects somewhere other than the dashboard/login) and, for
            a POST, the change happened
  ignored   the view answers but the privileged part silently did not happen (e.g. "publish"
            pressed by someone who may not publish: Wagtail saves a draft instead)
  403 / 404 / dash (redirect to the dashboard, Wagtail's PermissionDenied) / away (redirect to a
            page the user may see) / login
            denied, and the forbidden change did not happen
Volunteers' responses must never contain SECRET (only in library B's and plan B's drafts).

Library A is the volunteer's own; library B and plan B belong to other teams. "volunteer_plan_b" is
in plan B's team, so for them library A is someone else's page too.
"""

import pytest
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction, Revision, WorkflowState

from home.models import StandardPage
from tests.admin_forms import rendered_form_data
from tests.home.conftest import ALLOWED, SECRET, outcome
from whatson.models import EventPage, NewsPage

pytestmark = pytest.mark.django_db

VOLUNTEER_ROLES = ["volunteer_a", "trusted_a", "volunteer_plan_b", "moderator"]


# What each action does: (client, page, ctx) -> (response, changed). `changed` says whether the
# action's side effect happened (None for a read-only view).


def _get(path):
    def act(client, page, ctx):
        return client.get(path(page, ctx)), None

    return act


def _revision(page):
    return Page.objects.get(pk=page.pk).latest_revision


def edit_post(action=None, **changes):
    def act(client, page, ctx):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        data = ctx.form_data(url, page.specific_class)
        data.update(title="Forged title", **changes)
        if action:
            data[action] = action
        before = Revision.page_revisions.filter(object_id=str(page.pk)).count()
        response = client.post(url, data)
        fresh = Page.objects.get(pk=page.pk)
        if action == "action-publish":
            return response, fresh.live and fresh.title == "Forged title"
        after = Revision.page_revisions.filter(object_id=str(page.pk)).count()
        return response, after > before

    return act


def add_child_post(model, **fields):
    """Post the admin's "add" form for a `model` page under the target, as a browser would."""

    def act(client, page, ctx):
        url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, page.pk])
        data = ctx.form_data(url, model)
        data.update(title="Forged child", slug="forged-child", **fields)
        response = client.post(url, data)
        return response, Page.objects.filter(slug="forged-child").exists()

    return act


def delete_post(client, page, ctx):
    response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    return response, not Page.objects.filter(pk=page.pk).exists()


def unpublish_post(client, page, ctx):
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    return response, not Page.objects.get(pk=page.pk).live


def lock_post(client, page, ctx):
    response = client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    return response, Page.objects.get(pk=page.pk).locked


def unlock_post(client, page, ctx):
    Page.objects.filter(pk=page.pk).update(locked=True, locked_by=ctx.moderator)
    response = client.post(reverse("wagtailadmin_pages:unlock", args=[page.pk]))
    return response, not Page.objects.get(pk=page.pk).locked


def revert_post(client, page, ctx):
    """Re-save the page's first revision as the latest draft (the revert view is an edit form)."""
    first = Revision.page_revisions.filter(object_id=str(page.pk)).order_by("pk").first()
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk])
    data = ctx.form_data(reverse("wagtailadmin_pages:edit", args=[page.pk]), page.specific_class)
    before = _revision(page).pk
    response = client.post(url, data)
    return response, _revision(page).pk != before


def privacy_post(client, page, ctx):
    url = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])
    response = client.post(url, {"restriction_type": "password", "password": "let-me-in", "groups": []})
    return response, PageViewRestriction.objects.filter(page_id=page.pk).exists()


def copy_into_library_a(client, page, ctx):
    """Copy `page` (with its drafts and revisions) under library A, where volunteer A may add pages."""
    url = reverse("wagtailadmin_pages:copy", args=[page.pk])
    data = {
        "new_title": "Copied page",
        "new_slug": "copied-page",
        "new_parent_page": ctx.pages.library_a.pk,
        "copy_subpages": "",
        "publish_copies": "",
    }
    response = client.post(url, data)
    return response, Page.objects.filter(slug="copied-page").exists()


def move_to(destination):
    def act(client, page, ctx):
        target = getattr(ctx.pages, destination)
        url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, target.pk])
        response = client.post(url)
        return response, Page.objects.get(pk=page.pk).get_parent().pk == target.pk

    return act


def bulk(action, **data):
    def act(client, page, ctx):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + f"?id={page.pk}"
        before = Page.objects.filter(pk=page.pk).values("live", "path").first()
        response = client.post(url, data)
        after = Page.objects.filter(pk=page.pk).values("live", "path").first()
        return response, after != before

    return act


def workflow_approve_post(client, page, ctx):
    """Approve the change waiting in the review workflow (only the Communities Team may)."""
    state = WorkflowState.objects.for_instance(page).get(status=WorkflowState.STATUS_IN_PROGRESS)
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "forged approval"})
    task_state.refresh_from_db()
    return response, task_state.status != "in_progress"


def workflow_preview(client, page, ctx):
    state = WorkflowState.objects.for_instance(page).get(status=WorkflowState.STATUS_IN_PROGRESS)
    task = state.current_task_state.task
    return client.get(reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk])), None


def _latest(page, ctx):
    return _revision(page).pk


ACTIONS = {
    "explore": _get(lambda page, ctx: reverse("wagtailadmin_explore", args=[page.pk])),
    "explore_parent": _get(lambda page, ctx: reverse("wagtailadmin_explore", args=[page.get_parent().pk])),
    "edit_form": _get(lambda page, ctx: reverse("wagtailadmin_pages:edit", args=[page.pk])),
    "save_draft": edit_post(),
    "submit_for_review": edit_post("action-submit"),
    "publish": edit_post("action-publish"),
    "add_child_form": _get(lambda page, ctx: reverse("wagtailadmin_pages:add_subpage", args=[page.pk])),
    "add_child": add_child_post(StandardPage),
    "add_news": add_child_post(NewsPage),
    # The venue's town is given, since a planning group's page is not a venue.
    "add_event": add_child_post(
        EventPage, start="2027-03-02 19:00", end="2027-03-02 21:00", event_type="other", venue_town="Quorn"
    ),
    "view_draft": _get(lambda page, ctx: reverse("wagtailadmin_pages:view_draft", args=[page.pk])),
    "preview_on_edit": _get(lambda page, ctx: reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])),
    "history": _get(lambda page, ctx: reverse("wagtailadmin_pages:history", args=[page.pk])),
    "history_results": _get(lambda page, ctx: reverse("wagtailadmin_pages:history_results", args=[page.pk])),
    "revisions_index": _get(lambda page, ctx: reverse("wagtailadmin_pages:revisions_index", args=[page.pk])),
    "revision_view": _get(
        lambda page, ctx: reverse("wagtailadmin_pages:revisions_view", args=[page.pk, _latest(page, ctx)])
    ),
    "revision_compare": _get(
        lambda page, ctx: reverse(
            "wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", "latest"]
        )
    ),
    "revert_form": _get(
        lambda page, ctx: reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, _latest(page, ctx)])
    ),
    "revert": revert_post,
    "workflow_history": _get(
        lambda page, ctx: reverse("wagtailadmin_pages:workflow_history", args=[page.pk])
    ),
    "usage": _get(lambda page, ctx: reverse("wagtailadmin_pages:usage", args=[page.pk])),
    "delete_form": _get(lambda page, ctx: reverse("wagtailadmin_pages:delete", args=[page.pk])),
    "delete": delete_post,
    "unpublish_form": _get(lambda page, ctx: reverse("wagtailadmin_pages:unpublish", args=[page.pk])),
    "unpublish": unpublish_post,
    "lock": lock_post,
    "unlock": unlock_post,
    "privacy_form": _get(lambda page, ctx: reverse("wagtailadmin_pages:set_privacy", args=[page.pk])),
    "set_privacy": privacy_post,
    "copy_form": _get(lambda page, ctx: reverse("wagtailadmin_pages:copy", args=[page.pk])),
    "copy_to_library_a": copy_into_library_a,
    "move_form": _get(lambda page, ctx: reverse("wagtailadmin_pages:move", args=[page.pk])),
    "move_to_library_a": move_to("library_a"),
    "move_to_library_b": move_to("library_b"),
    "convert_alias_form": _get(lambda page, ctx: reverse("wagtailadmin_pages:convert_alias", args=[page.pk])),
    "bulk_delete_form": _get(
        lambda page, ctx: (
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={page.pk}"
        )
    ),
    "bulk_delete": bulk("delete"),
    "bulk_publish": bulk("publish"),
    "bulk_unpublish": bulk("unpublish"),
    "bulk_move_to_library_b": lambda client, page, ctx: bulk("move", chooser=ctx.pages.library_b.pk)(
        client, page, ctx
    ),
    "workflow_preview": workflow_preview,
    "workflow_approve": workflow_approve_post,
}


# fmt: off
# action               target         volunteer_a  trusted_a  volunteer_plan_b  moderator
MATRIX = """
explore                library_a      allowed      allowed    away              allowed
explore                library_b      away         away       away              allowed
explore_parent         library_b      away         away       away              allowed
edit_form              library_a      allowed      allowed    dash              allowed
edit_form              news_a_draft   allowed      allowed    dash              allowed
edit_form              library_b      dash         dash       dash              allowed
edit_form              news_b_draft   dash         dash       dash              allowed
save_draft             library_a      allowed      allowed    dash              allowed
save_draft             library_b      dash         dash       dash              allowed
save_draft             plan_b         dash         dash       allowed           allowed
submit_for_review      library_a      allowed      allowed    dash              allowed
publish                library_a      ignored      allowed    dash              allowed
publish                news_a_draft   ignored      allowed    dash              allowed
publish                library_b      dash         dash       dash              allowed
publish                plan_b         dash         dash       ignored           allowed
add_child_form         library_a      allowed      allowed    dash              allowed
add_child              library_a      allowed      allowed    dash              allowed
add_child              library_b      dash         dash       dash              allowed
add_news               library_a      allowed      allowed    dash              allowed
add_news               library_b      dash         dash       dash              allowed
add_news               plan_b         dash         dash       allowed           allowed
add_event              library_a      allowed      allowed    dash              allowed
add_event              library_b      dash         dash       dash              allowed
add_event              plan_b         dash         dash       allowed           allowed
view_draft             news_a_draft   allowed      allowed    dash              allowed
view_draft             library_b      dash         dash       dash              allowed
view_draft             news_b_draft   dash         dash       dash              allowed
preview_on_edit        library_b      dash         dash       dash              allowed
history                library_a      allowed      allowed    dash              allowed
history                library_b      dash         dash       dash              allowed
history_results        library_b      dash         dash       dash              allowed
revisions_index        library_b      away         away       away              away
revision_view          library_a      allowed      allowed    dash              allowed
revision_view          library_b      dash         dash       dash              allowed
revision_view          news_b_draft   dash         dash       dash              allowed
revision_compare       library_a      allowed      allowed    dash              allowed
revision_compare       library_b      dash         dash       dash              allowed
revert_form            library_b      dash         dash       dash              allowed
revert                 library_b      dash         dash       dash              allowed
workflow_history       library_b      dash         dash       dash              allowed
workflow_preview       library_b      dash         dash       dash              allowed
workflow_approve       library_b      dash         dash       dash              allowed
usage                  library_a      allowed      allowed    dash              allowed
usage                  library_b      dash         dash       dash              allowed
delete_form            library_a      dash         dash       dash              allowed
delete                 library_a      dash         dash       dash              allowed
delete                 news_a_draft   allowed      allowed    dash              allowed
delete                 news_a_live    dash         allowed    dash              allowed
delete                 library_b      dash         dash       dash              allowed
delete                 news_b_draft   dash         dash       dash              allowed
unpublish_form         library_b      dash         dash       dash              allowed
unpublish              library_a      dash         dash       dash              allowed
unpublish              library_b      dash         dash       dash              allowed
lock                   library_a      allowed      allowed    dash              allowed
lock                   library_b      dash         dash       dash              allowed
unlock                 library_a      dash         dash       dash              allowed
unlock                 library_b      dash         dash       dash              allowed
privacy_form           library_a      dash         dash       dash              allowed
set_privacy            library_a      dash         dash       dash              allowed
set_privacy            library_b      dash         dash       dash              allowed
copy_form              library_b      dash         dash       dash              allowed
copy_form              news_b_draft   dash         dash       dash              allowed
copy_to_library_a      news_b_draft   dash         dash       dash              allowed
copy_to_library_a      news_a_live    allowed      allowed    dash              allowed
move_form              news_a_live    dash         allowed    dash              allowed
move_to_library_b      news_a_live    dash         dash       dash              allowed
move_to_library_a      news_b_live    dash         dash       dash              allowed
convert_alias_form     library_b      404          404        404               404
bulk_delete_form       library_b      allowed      allowed    allowed           allowed
bulk_delete_form       news_b_draft   allowed      allowed    allowed           allowed
bulk_delete            library_b      ignored      ignored    ignored           allowed
bulk_delete            news_a_draft   allowed      allowed    ignored           allowed
bulk_publish           news_b_draft   ignored      ignored    ignored           allowed
bulk_publish           news_a_draft   ignored      allowed    ignored           allowed
bulk_unpublish         library_b      ignored      ignored    ignored           allowed
bulk_move_to_library_b news_a_live    ignored      ignored    ignored           allowed
"""
# fmt: on

EXPECTED_WORDS = {
    "allowed": ALLOWED,
    "ignored": "ignored",
    "403": "403",
    "404": "404",
    "dash": "dash",
    "away": "away",
    "login": "login",
}


def _matrix():
    for line in MATRIX.strip().splitlines():
        action, target, *expected = line.split()
        for role, outcome_word in zip(VOLUNTEER_ROLES, expected, strict=True):
            yield pytest.param(
                role, action, target, outcome_word, id=f"{role}-{action}-{target}-{outcome_word}"
            )


@pytest.fixture
def ctx(pages, superuser, moderator, volunteer_b_in_review):
    """What the actions need: the pages (library B's draft in review), a moderator, and the form
    data a browser would send."""
    from django.test import Client

    admin = Client()
    admin.force_login(superuser)

    def form_data(url, model):
        # StreamFields are drawn by JavaScript, so the rendered form has no inputs for them: send
        # them empty, as a browser would for a stream with no blocks.
        data = rendered_form_data(admin.get(url))
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                data.setdefault(f"{field.name}-count", "0")
        return data

    class Context:
        pass

    context = Context()
    context.pages = pages
    context.moderator = moderator
    context.form_data = form_data
    return context


def _kind(response, changed):
    """Like conftest.outcome, but naming every denial precisely and telling "ignored" from "allowed"."""
    result = outcome(response)
    if result == ALLOWED:
        location = response.headers.get("Location") if response.status_code in (301, 302) else None
        if location and "/admin/pages/" in location and "/edit/" not in location and changed is None:
            return "away"
        return "ignored" if changed is False else ALLOWED
    return {
        "400": "400",
        "403": "403",
        "404": "404",
        "redirect to dashboard": "dash",
        "redirect to login": "login",
    }[result]


@pytest.mark.parametrize(("role", "action", "target", "expected"), list(_matrix()))
def test_page_permission_matrix(role, action, target, expected, client_as, ctx):
    client = client_as(role)
    page = getattr(ctx.pages, target)
    response, changed = ACTIONS[action](client, page, ctx)

    assert _kind(response, changed) == EXPECTED_WORDS[expected], (
        response.status_code,
        response.headers.get("Location"),
        changed,
    )
    if expected not in ("allowed",):
        assert not changed, "denied, yet the change was made"
    if role != "moderator":
        assert SECRET not in response.content.decode(errors="replace"), "another team's draft leaked"

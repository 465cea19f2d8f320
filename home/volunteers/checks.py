"""Start-up checks: the boundary between volunteer teams names Wagtail views, and an upgrade that
stops routing to one of them must stop `manage.py check`, not leak to a volunteer."""

from django.apps import apps
from django.core import checks
from django.urls import URLResolver, get_resolver
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page

from home.volunteers.hardening.bulk_actions import BULK_ACTIONS
from home.volunteers.hardening.guards import GUARDS, wagtail_view
from home.volunteers.hardening.pages import CheckedPageViewSet


@checks.register(checks.Tags.security)
def check_volunteer_boundary(app_configs=None, **kwargs):
    return [*_guarded_views_are_routed(), *_page_views_are_checked(), *_bulk_actions_are_ours()]


def _guarded_views_are_routed():
    routed = {wagtail_view(pattern.callback) for pattern in _url_patterns(get_resolver().url_patterns)}
    return [
        checks.Error(
            f"No URL routes to {view.__module__}.{view.__qualname__} any more, which "
            "home/volunteers/hardening/guards.py guards: find what replaced it and guard that.",
            id="volunteers.E001",
        )
        for view in GUARDS
        if view not in routed
    ]


def _page_views_are_checked():
    errors = []
    for model in [model for model in apps.get_models() if issubclass(model, Page)]:
        viewset = page_viewset_registry.get_by_type(model)
        if not isinstance(viewset, CheckedPageViewSet):
            errors.append(
                checks.Error(
                    f"Pages of type {model._meta.label} are edited through {type(viewset).__name__}, "
                    "not CheckedPageViewSet (home/volunteers/hardening/pages.py): subclass it.",
                    id="volunteers.E002",
                )
            )
            continue
        for name, view_class in CheckedPageViewSet.replaces.items():
            routed = getattr(viewset.views.get(name), "view_class", None)
            if routed is not view_class:
                errors.append(
                    checks.Error(
                        f"Wagtail routes the page view {name!r} to {routed}, not {view_class.__name__}.",
                        id="volunteers.E003",
                    )
                )
    return errors


def _bulk_actions_are_ours():
    return [
        checks.Error(
            f"The bulk action {action.action_type!r} on {action.models} is not {action.__name__} any more.",
            id="volunteers.E004",
        )
        for action in BULK_ACTIONS
        for model in action.models
        if bulk_action_registry.get_bulk_action_class(
            model._meta.app_label, model._meta.model_name, action.action_type
        )
        is not action
    ]


def _url_patterns(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _url_patterns(pattern.url_patterns)
        else:
            yield pattern

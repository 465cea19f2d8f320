"""Paused sign-ins (django-axes): whose address counts, and the Communities Team's list to lift a pause.

A pause is kept per account *and* computer (settings.AXES_LOCKOUT_PARAMETERS), so the address must be
the visitor's own, not the load balancer's: behind NUMBER_OF_PROXIES proxies it is the entry that the
outermost proxy we run added to X-Forwarded-For (anything further left the visitor could have written).
"""

from axes.models import AccessAttempt
from django.conf import settings
from django.shortcuts import render
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy


def client_ip(request):
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    proxies = settings.NUMBER_OF_PROXIES
    if proxies and len(forwarded) >= proxies and forwarded[-proxies]:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


def paused_response(request, original_response=None, credentials=None):
    """The page a paused sign-in gets (settings.AXES_LOCKOUT_CALLABLE): why, for how long, what to do."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "lockout_minutes": settings.LOGIN_LOCKOUT_MINUTES,
    }
    return render(request, "login_paused.html", context, status=429)


class LiftOnlyPolicy(ModelPermissionPolicy):
    """Pauses are made by wrong passwords alone: the team may see and lift (delete) them, nothing else."""

    def user_has_permission(self, user, action):
        return action in ("view", "delete") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(AccessAttempt, LiftOnlyPolicy(AccessAttempt))


class LoginPauseViewSet(ModelViewSet):
    model = AccessAttempt
    icon = "lock"
    menu_label = "Paused sign-ins"
    add_to_settings_menu = True
    inspect_view_enabled = False
    list_display = [
        Column("username", label="Username"),
        Column("ip_address", label="Computer (IP address)"),
        Column("failures_since_start", label="Wrong passwords"),
        DateColumn("attempt_time", label="Last try"),
    ]
    list_export = []
    search_fields = ["username"]
    ordering = ["-attempt_time"]
    form_fields = []


login_pause_viewset = LoginPauseViewSet("login_pauses")

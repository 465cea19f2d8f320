from django.db.models import Q
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.views.home import UserObjectsInWorkflowModerationPanel
from wagtail.admin.widgets import Button

from home import spreadsheet_admin
from home.banners import site_banner_viewset
from home.change_reports.admin_views import ChangeReportView
from home.login_pauses import login_pause_viewset
from home.models import VolunteerEditedPage
from home.network.admin import network_member_viewset
from home.page_cache import middleware as page_cache
from home.permissions import CommunitiesTeamMenuItem, communities_team, refuse
from home.volunteers import dashboard, hardening  # noqa: F401  (hardening registers its own hooks)
from home.volunteers.hardening.bulk_actions import AFTER_WAGTAIL
from home.volunteers.hardening.pages import checked_page_viewset
from home.volunteers.reports import PagesDueForReviewView
from home.volunteers.still_correct import StillCorrectView
from home.volunteers.teams import is_volunteer_only, own_pages_q
from home.volunteers.views import InviteVolunteerView, SetUpAccessView, can_manage_volunteers
from home.volunteers.viewsets import volunteer_team_viewset


@hooks.register("register_admin_viewset")
def register_login_pauses():
    return login_pause_viewset


@hooks.register("register_admin_viewset")
def register_site_banners():
    return site_banner_viewset


@hooks.register("register_admin_viewset")
def register_network_members():
    return network_member_viewset


# Delegated editing (docs/permissions.md)


@hooks.register("register_admin_viewset")
def register_volunteer_teams():
    return volunteer_team_viewset


@hooks.register("register_admin_viewset", order=AFTER_WAGTAIL)
def register_checked_page_views():
    # After Wagtail's own page viewset, which it replaces for every page type.
    return checked_page_viewset


@hooks.register("register_admin_urls")
def register_volunteer_urls():
    return [
        path("volunteers/invite/", InviteVolunteerView.as_view(), name="volunteer_invite"),
        path("change-reports/<int:report_id>/", ChangeReportView.as_view(), name="change_report"),
        path("still-correct/<str:token>/", StillCorrectView.as_view(), name="still_correct"),
        path("volunteers/set-up/<int:page_id>/", SetUpAccessView.as_view(), name="volunteer_set_up_access"),
        path(
            "reports/due-for-a-check/",
            PagesDueForReviewView.as_view(),
            name="volunteer_pages_due_for_review",
        ),
        path(
            "reports/due-for-a-check/results/",
            PagesDueForReviewView.as_view(results_only=True),
            name="volunteer_pages_due_for_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return CommunitiesTeamMenuItem(
        "Pages due for a check",
        reverse("volunteer_pages_due_for_review"),
        permission_required=PagesDueForReviewView.permission_required,
        name="pages-due-for-a-check",
        icon_name="time",
        order=1250,
    )


@hooks.register("register_page_header_buttons")
def set_up_volunteer_access_button(page, user, view_name, next_url=None):
    if issubclass(page.specific_class or object, VolunteerEditedPage) and can_manage_volunteers(user):
        yield Button(
            "Set up volunteer access",
            reverse("volunteer_set_up_access", args=[page.pk]),
            icon_name="group",
            priority=80,
        )


@hooks.register("register_log_actions")
def register_volunteer_log_actions(actions):
    actions.register_action("home.volunteer_access", "Set up volunteer access", "Volunteer access set up")
    actions.register_action(
        "home.volunteer_access_repaired", "Repair volunteer access", "Volunteer access set up again"
    )
    actions.register_action("home.volunteer_invited", "Invite volunteer", "Volunteer invited")
    actions.register_action("home.page_checked", "Confirm still correct", "Checked: still correct")
    actions.register_action(
        "home.volunteers_trusted", "Trust volunteers to publish", "Volunteers trusted to publish"
    )
    actions.register_action(
        "home.volunteers_untrusted", "Stop volunteers publishing", "Volunteers no longer trusted to publish"
    )


@hooks.register("construct_homepage_panels")
def volunteer_dashboard(request, panels):
    user = request.user
    if is_volunteer_only(user):
        # Only what concerns their own pages. (Wagtail's site summary above the panels already
        # counts only the pages, images and documents they can work on.)
        panels[:] = [panel for panel in panels if isinstance(panel, UserObjectsInWorkflowModerationPanel)]
        panels[:0] = [
            dashboard.VolunteerGuidePanel(),
            dashboard.ChangeReportsPanel(user),
            dashboard.VolunteerPagesPanel(user),
        ]
    elif communities_team.user_has_permission(user, PagesDueForReviewView.permission_required):
        panels.extend([dashboard.ChangeReportsPanel(user), dashboard.PagesDueForReviewPanel()])


# Moderators manage users, but only administrators make or change administrators: Wagtail shows the
# "Administrator" box to anyone who may add or change users.


@hooks.register("before_create_user")
def only_administrators_create_administrators(request):
    if request.method == "POST" and request.POST.get("is_superuser") and not request.user.is_superuser:
        return refuse(request)
    return None


@hooks.register("before_edit_user")
def only_administrators_change_administrators(request, user):
    if not request.user.is_superuser and (user.is_superuser or request.POST.get("is_superuser")):
        return refuse(request)
    return None


@hooks.register("before_delete_user")
def only_administrators_delete_administrators(request, user):
    if not request.user.is_superuser and user.is_superuser:
        return refuse(request)
    return None


@hooks.register("construct_page_chooser_queryset")
def volunteers_choose_published_pages(pages, request):
    """Volunteers link to published pages, and to their own; other teams' drafts stay out of sight."""
    if is_volunteer_only(request.user):
        return pages.filter(Q(live=True) | own_pages_q(request.user))
    return pages


@hooks.register("before_serve_page")
def remember_page_for_the_page_cache(page, request, serve_args, serve_kwargs):
    page_cache.mark_cacheable(request, page)


# Spreadsheets: each section's import and export, for the Communities Team (home/spreadsheet_admin.py)


@hooks.register("register_admin_urls")
def register_spreadsheet_urls():
    return [path("spreadsheets/", include((spreadsheet_admin.urlpatterns, "spreadsheets")))]


@hooks.register("register_admin_menu_item")
def register_spreadsheets_menu_item():
    return CommunitiesTeamMenuItem(
        "Spreadsheets",
        reverse("spreadsheets:index"),
        permission_required=spreadsheet_admin.PERMISSION_REQUIRED,
        name="spreadsheets",
        icon_name="table",
        order=260,
    )

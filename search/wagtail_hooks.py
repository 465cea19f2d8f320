from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from home.permissions import CommunitiesTeamMenuItem
from search.admin_views import SEARCH_REPORTS, PopularSearchesView, UnansweredSearchesView
from search.models import SynonymGroup


class SynonymGroupViewSet(ModelViewSet):
    model = SynonymGroup
    form_fields = ["terms", "one_way"]
    list_display = ["terms", "one_way"]
    search_fields = ["terms"]
    icon = "resubmit"
    menu_label = "Search synonyms"
    add_to_settings_menu = True
    menu_order = 910


@hooks.register("register_admin_viewset")
def register_synonyms():
    return SynonymGroupViewSet("search_synonyms")


report_urls = (
    [
        path("popular/", PopularSearchesView.as_view(), name="popular"),
        path("popular/results/", PopularSearchesView.as_view(results_only=True), name="popular_results"),
        path("no-results/", UnansweredSearchesView.as_view(), name="unanswered"),
        path(
            "no-results/results/",
            UnansweredSearchesView.as_view(results_only=True),
            name="unanswered_results",
        ),
    ],
    "search_reports",
)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/search/", include(report_urls))]


@hooks.register("register_reports_menu_item")
def register_popular_searches_menu_item():
    return CommunitiesTeamMenuItem(
        "Popular searches",
        reverse("search_reports:popular"),
        permission_required=SEARCH_REPORTS,
        name="popular-searches",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_reports_menu_item")
def register_unanswered_searches_menu_item():
    return CommunitiesTeamMenuItem(
        "Searches with no results",
        reverse("search_reports:unanswered"),
        permission_required=SEARCH_REPORTS,
        name="searches-with-no-results",
        icon_name="search",
        order=1320,
    )


@hooks.register("register_permissions")
def register_search_permissions():
    return Permission.objects.filter(
        content_type__app_label="site_search",
        codename__in=[
            "add_synonymgroup",
            "change_synonymgroup",
            "delete_synonymgroup",
            "view_synonymgroup",
            "view_unansweredsearch",
        ],
    )

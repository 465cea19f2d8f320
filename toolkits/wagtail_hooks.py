"""The "Local support" admin menu (support services, kinds of support) and case study themes in Snippets."""

from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home import spreadsheet_admin
from toolkits import spreadsheet
from toolkits.models import CaseStudyTheme, SupportCategory, SupportService


class SupportServiceViewSet(SnippetViewSet):
    model = SupportService
    icon = "group"
    menu_label = "Support services"
    list_display = [
        "name",
        Column("district_names", label="Districts"),
        UpdatedAtColumn(),
        LiveStatusTagColumn(),
    ]
    list_filter = ["categories", "districts", "live"]
    search_fields = ["name", "description", "organisation"]
    ordering = ["name"]

    def get_queryset(self, request):
        return SupportService.objects.prefetch_related("districts")


class SupportCategoryViewSet(SnippetViewSet):
    model = SupportCategory
    icon = "tag"
    menu_label = "Kinds of support"
    list_display = ["name", "slug", "sort_order"]


class CaseStudyThemeViewSet(SnippetViewSet):
    model = CaseStudyTheme
    icon = "tag"
    menu_label = "Case study themes"
    list_display = ["name", "slug"]


class LocalSupportGroup(SnippetViewSetGroup):
    menu_label = "Local support"
    menu_icon = "group"
    menu_order = 250
    items = (SupportServiceViewSet, SupportCategoryViewSet)


register_snippet(LocalSupportGroup)
register_snippet(CaseStudyThemeViewSet)

# The support services spreadsheet in the admin (docs/toolkits.md)
spreadsheet_admin.register(spreadsheet.section)

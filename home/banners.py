"""Site banners for the Communities Team (docs/site-banner.md): listed, added and ended in the admin."""

from wagtail.admin.viewsets.model import ModelViewSet

from home.models import SiteBanner


class SiteBannerViewSet(ModelViewSet):
    model = SiteBanner
    icon = "warning"
    menu_label = "Site banners"
    add_to_settings_menu = True
    inspect_view_enabled = False
    list_display = ["message", "starts_at", "ends_at"]
    list_export = []
    form_fields = ["message", "link", "starts_at", "ends_at"]
    ordering = ["-starts_at"]


site_banner_viewset = SiteBannerViewSet("site_banners")

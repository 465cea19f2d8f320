from django import template
from django.utils import timezone

from home.models import SiteBanner
from home.page_cache.middleware import content_changes_at

register = template.Library()


@register.inclusion_tag("home/includes/site_banners.html", takes_context=True)
def site_banners(context):
    """The banners showing now; a cached page is kept only until the next one starts or ends."""
    now = timezone.now()
    banners = list(SiteBanner.objects.not_ended(now))
    request = context.get("request")
    if banners and request is not None:
        content_changes_at(request, min(banner.changes_at(now) for banner in banners))
    return {"banners": [banner for banner in banners if banner.is_showing(now)]}

from django import template

from home.models import SiteBanner

register = template.Library()


@register.inclusion_tag("home/includes/site_banners.html")
def site_banners():
    return {"banners": SiteBanner.objects.showing()}

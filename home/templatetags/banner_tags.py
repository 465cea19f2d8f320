from django import template

from home.page_cache import fragments

register = template.Library()


@register.inclusion_tag("home/includes/site_banners.html", takes_context=True)
def site_banners(context):
    return {"banners": fragments.site_banners(context.get("request"))}

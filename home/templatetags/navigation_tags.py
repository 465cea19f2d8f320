from django import template

from home.page_cache.fragments import breadcrumb_trail, menu_sections

register = template.Library()


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The home page's live children marked "show in menus", with the current section highlighted."""
    request = context.get("request")
    if request is None:
        return {"items": []}

    current = context.get("page")
    items = []
    for section in menu_sections(request):
        is_current = current is not None and current.pk == section["pk"]
        is_active = current is not None and current.path.startswith(section["path"])
        items.append({**section, "current": is_current, "active": is_active})
    return {"items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """Links to the pages above this one, from the site's home page down; none on the home page."""
    if page.depth <= 2:
        return {"ancestors": []}
    request = context.get("request")
    if request is None:
        return {"ancestors": page.get_ancestors().filter(depth__gte=2)}
    return {"ancestors": breadcrumb_trail(request, page)}

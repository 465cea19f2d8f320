from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The home page's live children marked "show in menus", with the current section highlighted."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"items": []}

    current = context.get("page")
    items = []
    for section in site.root_page.get_children().live().public().in_menu():
        is_current = current is not None and current.pk == section.pk
        is_active = current is not None and current.path.startswith(section.path)
        items.append(
            {
                "title": section.title,
                "url": section.get_url(request),
                "current": is_current,
                "active": is_active,
            }
        )
    return {"items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """Links to the pages above this one, from the site's home page down; none on the home page."""
    if page.depth <= 2:
        return {"ancestors": []}
    return {"ancestors": page.get_ancestors().filter(depth__gte=2)}

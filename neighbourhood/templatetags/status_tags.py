from django import template
from django.http import QueryDict

register = template.Library()


@register.simple_tag(takes_context=True)
def sort_link(context, column):
    """The address that sorts the status table by this column (again: the other way), keeping the filters."""
    filters = context.get("status_filters", {})
    query = QueryDict(mutable=True)
    for key in ("district", "stage"):
        if filters.get(key):
            query[key] = filters[key]
    current = filters.get("sort") or "area"
    query["sort"] = column
    query["order"] = "desc" if current == column and filters.get("order") != "desc" else "asc"
    return f"?{query.urlencode()}#status-table"


@register.simple_tag(takes_context=True)
def aria_sort(context, column):
    filters = context.get("status_filters", {})
    if (filters.get("sort") or "area") != column:
        return "none"
    return "descending" if filters.get("order") == "desc" else "ascending"


@register.simple_tag(takes_context=True)
def filtered_query(context):
    """The filters and order in force, for the status sheet's downloads (nothing else in the address)."""
    filters = context.get("status_filters", {})
    query = QueryDict(mutable=True)
    for key in ("district", "stage", "sort", "order"):
        if filters.get(key):
            query[key] = filters[key]
    return f"?{query.urlencode()}" if query else ""

from django import template

from home.templatetags.structured_data_tags import ld_json
from libraries.structured_data import library_json_ld as build_library_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def library_json_ld(context, page):
    """The page's schema.org Library JSON-LD script element."""
    return ld_json(build_library_json_ld(page, context.get("request")))

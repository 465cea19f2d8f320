from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from home.page_cache.fragments import shared

register = template.Library()


@register.simple_tag(takes_context=True)
def page_stream(context, page, field_name):
    """The blocks of the page's StreamField, each drawn with its template as `{% include_block %}` draws
    it, and kept until anything a visitor can see changes, so the pictures, documents and pages they link
    to are not read again. Drawn afresh for every request if a block says it is (a list filtered by the
    address), and in previews."""
    stream = getattr(page, field_name)

    def draw():
        parent = context.flatten()
        return "".join(conditional_escape(block.render_as_block(context=parent)) for block in stream)

    request = context.get("request")
    if request is None or any(_drawn_for_each_request(stream, item["type"]) for item in stream.raw_data):
        return mark_safe(draw())  # noqa: S308 (the blocks' own templates, escaped as include_block does)
    return mark_safe(shared(request, f"stream:{page.pk}:{field_name}", draw))  # noqa: S308 (as above)


def _drawn_for_each_request(stream, block_type):
    block = stream.stream_block.child_blocks.get(block_type)
    return getattr(block, "drawn_for_each_request", False)

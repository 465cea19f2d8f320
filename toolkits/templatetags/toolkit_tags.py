from django import template

register = template.Library()


@register.filter
def pounds(amount):
    """10000 -> “£10,000”."""
    return f"£{amount:,}" if amount is not None else ""

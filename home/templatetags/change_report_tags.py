from django import template
from django.urls import reverse
from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("home/change_reports/link.html")
def report_a_change_link(subject):
    """The "Report a change" link for a volunteer page or a support service:
    {% report_a_change_link page %} or {% report_a_change_link service %}."""
    if isinstance(subject, Page):
        return {"url": reverse("report_a_change", args=[subject.pk]), "title": subject.title}
    return {"url": reverse("report_a_change_to_service", args=[subject.pk]), "title": subject.name}

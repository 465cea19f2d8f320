"""Listing filters that offer every user or every tag on the site as a choice.

Wagtail's admin listings (site history, workflows, images, documents...) filter by user and by
tag with choices drawn from the whole site: a volunteer would see other teams' volunteers and tags.
Any filter form in a listing's context is narrowed here, so a listing an upgrade adds is covered too.
"""

from django import forms
from django.contrib.auth import get_user_model

from home.volunteers.hardening.visibility import visible_tags, visible_users


def narrow_choices(context, user):
    filters = context.get("filters")
    form = getattr(filters, "form", None)
    if form is None:
        return
    user_model = get_user_model()
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is not None and queryset.model is user_model:
            field.queryset = queryset.filter(pk__in=visible_users(user).values("pk"))
        elif isinstance(field, forms.ChoiceField) and _filters_on(filters, name, ("user", "tags__name")):
            allowed = _allowed_values(filters.filters[name].field_name, user)
            field.choices = [
                (value, label) for value, label in field.choices if value == "" or str(value) in allowed
            ]


def _filters_on(filters, name, suffixes):
    field_name = getattr(filters.filters.get(name), "field_name", "") or ""
    return field_name.endswith(suffixes)


def _allowed_values(field_name, user):
    if field_name.endswith("tags__name"):
        return set(visible_tags(user).values_list("name", flat=True))
    return {str(pk) for pk in visible_users(user).values_list("pk", flat=True)}

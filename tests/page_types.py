"""Every page type on the site, enumerated from Wagtail's registry rather than listed by hand, so a new
page type is checked by the tests that use this module without anyone editing them."""

from wagtail.models import Page, get_page_models


def page_types():
    """Every concrete page type a visitor can be shown."""
    return sorted((model for model in get_page_models() if model is not Page), key=lambda m: m._meta.label)


def page_type_labels(with_field=None):
    """'app_label.ModelName' for each page type (only those with the named field, if one is given)."""
    return [
        model._meta.label
        for model in page_types()
        if with_field is None or any(field.name == with_field for field in model._meta.get_fields())
    ]


def live_example(label):
    """A live, public page of the given type: the demo site's first, or, for a type the demo content does
    not show yet, a new one with only a title and summary under the first page that may hold it."""
    model = next(model for model in page_types() if model._meta.label == label)
    page = model.objects.live().public().order_by("path").first()
    if page is None:
        parent = next(
            parent
            for parent_model in model.allowed_parent_page_models()
            for parent in parent_model.objects.live().public().order_by("path")[:1]
        )
        page = parent.specific.add_child(
            instance=model(title=f"Example {model._meta.verbose_name}", summary="An example page for tests.")
        )
    return page

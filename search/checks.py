"""Start-up checks: the search asks its backend what it can do, and every page type says its section."""

from django.core.checks import Error, register


@register()
def search_backend_capabilities_are_known(app_configs, **kwargs):
    from django.core.exceptions import ImproperlyConfigured
    from wagtail.search.backends import get_search_backend

    from search.backends.capabilities import capabilities_of

    try:
        capabilities_of(get_search_backend())
    except ImproperlyConfigured as unknown:
        return [Error(str(unknown), id="search.E001")]
    return []


@register()
def page_models_say_their_search_section(app_configs, **kwargs):
    from wagtail.models import Page

    from search.sections import SECTIONS, page_models

    return [
        Error(
            f"{model._meta.label} does not say which search section its pages are in and what one "
            "is called: give it search_section (one of search/sections.py's SECTIONS) and search_type_label.",
            id="search.E002",
        )
        for model in page_models()
        if model is not Page
        and (vars(model).get("search_section") not in SECTIONS or not vars(model).get("search_type_label"))
    ]

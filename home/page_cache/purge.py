"""When cached pages are forgotten: whenever anything a visitor can see changes.

Pages, their privacy, snippets (support services, library services, case study themes, categories),
site settings, sites, images and documents appear on many pages at once (the menu, the footer, listings, the
library finder), so any change to them purges every page, here and at the CDN. Changes are rare
(a few a day) against thousands of views, so precision is not worth a dependency graph.
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models

from home.page_cache import store

# The site's own apps: their models are page parts (opening hours, milestones...), snippets and
# settings, all shown to visitors, even when code saves them without publishing a page.
SITE_APPS = ["home", "libraries", "neighbourhood", "toolkits", "whatson"]
# Models of those apps no visitor ever sees, written by visitors or by scheduled commands: a flood of
# reports or sign-ups must not empty the cache, here and at the CDN, for everyone.
NOT_SHOWN_TO_VISITORS = ["home.ChangeReport", "home.SentReminder", "home.NetworkMember"]


def models_visitors_see():
    return {
        *(
            model
            for label in SITE_APPS
            for model in apps.get_app_config(label).get_models()
            if model._meta.label not in NOT_SHOWN_TO_VISITORS
        ),
        *get_page_models(),
        *get_snippet_models(),
        *settings_registry,
        Page,
        PageViewRestriction,  # a page made private, or public again
        Site,
        get_image_model(),
        get_document_model(),
    }


def purge_everything():
    """Forget every cached page and fragment now, and again once the change is committed (so a page
    cached between the two, from before the change was visible, is forgotten too)."""
    store.new_generation()
    connection = transaction.get_connection()
    # One purge per transaction however many rows it writes (an import publishes hundreds of pages).
    if not any(callback is _after_commit for _, callback, _ in connection.run_on_commit):
        transaction.on_commit(_after_commit)


def _after_commit():
    store.new_generation()
    if settings.WAGTAILFRONTENDCACHE:
        purge_cdn()


def purge_cdn():
    batch = PurgeBatch()
    # Private pages too: one just made private may still be held there from when it was public.
    batch.add_pages(Page.objects.live().specific(defer=True))
    batch.purge()


def _on_change(sender, **kwargs):
    if not _watched:  # snippets register as the apps finish loading, so ask once they have
        _watched.update(models_visitors_see())
    if sender in _watched:
        purge_everything()


def _on_publishing(sender, **kwargs):
    purge_everything()


_watched = set()


def connect():
    post_save.connect(_on_change, dispatch_uid="page_cache_save")
    post_delete.connect(_on_change, dispatch_uid="page_cache_delete")
    for signal in (page_published, page_unpublished, published, unpublished, post_page_move):
        signal.connect(_on_publishing, dispatch_uid=f"page_cache_{id(signal)}")

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"
    verbose_name = "Site search"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, published, unpublished

        from search import checks  # noqa: F401 (registers the checks)
        from search.spelling import forget_site_vocabulary

        for signal in (page_published, page_unpublished, published, unpublished):
            signal.connect(forget_site_vocabulary, dispatch_uid=f"site_vocabulary_{id(signal)}")
        for signal in (post_save, post_delete):
            signal.connect(
                forget_site_vocabulary, PageViewRestriction, dispatch_uid=f"restricted_{id(signal)}"
            )
        post_delete.connect(forget_site_vocabulary, Page, dispatch_uid="site_vocabulary_page_deleted")

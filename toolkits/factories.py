"""Factories for toolkits, chapters, support services and case studies: for the tests and the demo."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from toolkits.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyRelatedPage,
    CaseStudyTheme,
    CaseStudyThemeTag,
    ServiceDistrict,
    SupportCategory,
    SupportDirectoryPage,
    SupportService,
    ToolkitChapterPage,
    ToolkitIndexPage,
    ToolkitPage,
)


class ToolkitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Toolkits"

    class Meta:
        model = ToolkitIndexPage


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Case studies"

    class Meta:
        model = CaseStudyIndexPage


class SupportDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Find local support"

    class Meta:
        model = SupportDirectoryPage


class ToolkitPageFactory(wagtail_factories.PageFactory):
    """A toolkit under the demo site's toolkits index, unless given another parent."""

    title = factory.Sequence(lambda n: f"Test toolkit {n}")
    summary = "A toolkit used in tests."
    parent = factory.LazyFunction(ToolkitIndexPage.objects.get)

    class Meta:
        model = ToolkitPage


class ToolkitChapterPageFactory(wagtail_factories.PageFactory):
    """A chapter; give it a parent toolkit."""

    title = factory.Sequence(lambda n: f"Chapter {n}")
    summary = "A chapter used in tests."

    class Meta:
        model = ToolkitChapterPage


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    """A case study under the demo site's case studies index, with themes given as slugs.

    CaseStudyPageFactory(themes=["loneliness", "food"], illustrates=[chapter])
    """

    title = factory.Sequence(lambda n: f"Test case study {n}")
    summary = "A case study used in tests."
    organisation = "A test group"
    place = "Anstey"
    district = "charnwood"
    parent = factory.LazyFunction(CaseStudyIndexPage.objects.get)

    class Meta:
        model = CaseStudyPage
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, slugs, **kwargs):
        if slugs:
            themes = CaseStudyTheme.objects.filter(slug__in=slugs)
            self.tagged_items = [CaseStudyThemeTag(tag=theme) for theme in themes]
            if create:
                self.save()

    @factory.post_generation
    def illustrates(self, create, pages, **kwargs):
        if pages:
            self.related_pages = [
                CaseStudyRelatedPage(page=page, sort_order=i) for i, page in enumerate(pages)
            ]
            if create:
                self.save()


class SupportServiceFactory(DjangoModelFactory):
    """A published support service; pass published=False for one that has never been published.

    SupportServiceFactory(categories=["befriending"], districts=["charnwood"])
    """

    name = factory.Sequence(lambda n: f"Test service {n}")
    description = "A service used in tests."

    class Meta:
        model = SupportService
        skip_postgeneration_save = True

    @classmethod
    def _create(
        cls,
        model_class,
        *args,
        categories=("befriending",),
        districts=("charnwood",),
        published=True,
        **kwargs,
    ):
        service = model_class(*args, live=False, **kwargs)
        service.categories = list(SupportCategory.objects.filter(slug__in=categories))
        service.districts = list(ServiceDistrict.objects.filter(slug__in=districts))
        service.save()
        revision = service.save_revision()
        if published:
            revision.publish()
            service.refresh_from_db()
        return service

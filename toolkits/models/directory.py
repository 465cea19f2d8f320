"""Find local support: the directory of support services, and each service's own page as a route of it.

Services stay snippets (the spreadsheet import and the Open Referral feed read them as they are); the
directory gives each published one an address, /find-local-support/<id>-<name>/.
"""

import re

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import RichTextField
from wagtail.search import index

from home import gazetteer
from home.models import BasePage
from home.page_cache import fragments
from libraries.maps import map_settings
from search import sections
from toolkits.listing import (
    SERVICES_PER_PAGE,
    SupportServiceFilterForm,
    filters_in_force,
    find_support_services,
)
from toolkits.models.services import SupportCategory, SupportService


class SupportDirectoryPage(RoutablePageMixin, BasePage):
    """Every published support service, with filters, distances and a map; one page per site."""

    search_section = sections.SUPPORT_SERVICES
    search_type_label = "Section"
    explains_its_section = True

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "toolkits/support_directory_page.html"

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text="Shown above the filters: what the directory lists and who keeps it up to date.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = "support directory"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        categories = fragments.shared(
            request, "support-categories", lambda: list(SupportCategory.objects.all())
        )
        form = SupportServiceFilterForm(request.GET or None, categories=categories)
        form.is_valid()
        context.update(
            filter_form=form,
            directory_results=self.results(request, form, categories),
            place_attribution=gazetteer.ATTRIBUTION,
        )
        return context

    def results(self, request, form, categories):
        """A page of the services the filters ask for, drawn. Without a place (whose distances are
        worked out for each search) each page of each choice of filters is kept until anything a
        visitor can see changes."""

        def draw():
            _form, listing, chosen = find_support_services(request.GET, categories)
            paginator = Paginator(listing.items, SERVICES_PER_PAGE)
            paginator.count = listing.count  # counted once, for the heading and the pages alike
            services = paginator.get_page(page_number)
            for service in services:
                service.directory_url = self.service_url(service)
            context = {
                "page": self,
                "listing": listing,
                "chosen": chosen,
                "services": services,
                "query_without_page": filters_in_force(form).urlencode(),
                "has_positions": any(service.point for service in services),
                "map_settings": map_settings(),
            }
            return fragments.drawn("toolkits/includes/support_directory_results.html", context, request)

        page_number = request.GET.get("page", "1")
        if filters_in_force(form).get("near") or not re.fullmatch(r"[1-9]\d?", page_number):
            return draw()
        # The filters left out for a bad value are named above the list, so they are part of the key.
        key = f"support-results:{self.pk}:{sorted(filters_in_force(form).items())}:{sorted(form.errors)}"
        return fragments.shared(request, f"{key}:{page_number}", draw)

    def service_url(self, service):
        return self.url + self.reverse_subpage("service", args=[service.pk, service.slug])

    @re_path(r"^(\d+)-([-\w]+)/$", name="service")
    def service(self, request, pk, slug):
        found = get_object_or_404(
            SupportService.objects.live().prefetch_related("categories", "districts"), pk=int(pk)
        )
        if slug != found.slug:
            return redirect(self.service_url(found), permanent=True)
        return self.render(
            request,
            template="toolkits/support_service_page.html",
            context_overrides={"service": found},
        )


def support_directory():
    """The site's directory, or None before one is added."""
    return SupportDirectoryPage.objects.live().public().first()

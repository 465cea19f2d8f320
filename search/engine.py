"""Site search: live, public pages and published support services, with section and district facets.

Three searches answer a request: one counts the matching pages for the facets, one ranks them and
one finds the matching services (few, so they are counted and ranked from one list). Pages and
services are different models, so they are merged by score. Each facet's counts apply the other
facet's choice: a count is always the number of results the resident gets by choosing that option.
Counting uses one SQL query on Wagtail's database backends and Wagtail's facet() elsewhere
(Elasticsearch); everything else is Wagtail's search API, the same on every backend."""

import dataclasses
import math
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.models import Page

from home.districts import District
from search import guidance, sections, spelling
from search.backends.capabilities import capabilities_of
from search.query import parse
from search.text import fold, words
from toolkits.models import SupportService
from toolkits.models.directory import support_directory

RESULTS_PER_PAGE = 10
# Nobody reads past this many pages of results; capping them caps the work one request can ask for.
MAX_RESULT_PAGES = 30
# How many of the best results of each kind are re-ranked for words in their titles, and how much that counts.
RESCORE_WINDOW = 30
TITLE_WEIGHT = 0.5
# For "what is…" and "how do I…": a section's own explanation outranks its examples named in full.
EXPLAINER_WEIGHT = 0.6
# For a query of more than one word, what a result in that window gains when it has every word.
# The engine already scores such results higher within one index, but pages and services are scored
# in separate indexes: in the services' far smaller one, one common word ("club") scores as highly
# as every word typed does on a page.
EVERY_WORD_WEIGHT = 0.5
# Services are few; this only bounds the work if that ever changes.
MAX_SERVICES_COUNTED = 1000


@dataclass
class FacetOption:
    slug: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Hit:
    object: object
    type_label: str
    url: str
    summary: str = ""
    opening_status: object = None
    where: str = ""
    notices: list = field(default_factory=list)  # a library's urgent notices in force


@dataclass
class SearchOutcome:
    hits: list = field(default_factory=list)
    total: int = 0
    page_number: int = 1
    num_pages: int = 0
    sections: list = field(default_factory=list)
    districts: list = field(default_factory=list)

    @property
    def first_number(self):
        return (self.page_number - 1) * RESULTS_PER_PAGE + 1

    @property
    def has_previous(self):
        return self.page_number > 1

    @property
    def has_next(self):
        return self.page_number < self.num_pages


class SiteSearch:
    def __init__(self, query, root_page, section="", district="", page_number=1, fuzzy=False):
        self.query = query
        self.backend_query = query.fuzzy_query() if fuzzy else query.backend_query()
        self.root_page = root_page
        self.section = section if section in sections.SECTIONS_BY_SLUG else ""
        self.district = district if district in District.values else ""
        self.page_number = page_number
        self.section_ct_ids = sections.section_content_type_ids()

    # Querysets before searching: what may ever be shown, then narrowed by the facets.

    @cached_property
    def private_q(self):
        """Pages in private sections (the same test as PageQuerySet.public()), worked out once."""
        return Page.objects.private_q()

    def public_pages(self, model=Page):
        pages = model.objects.live().descendant_of(self.root_page, inclusive=True)
        return pages.exclude(self.private_q)

    def pages_in_district(self, pages):
        if not self.district:
            return pages
        ids_by_model = [
            model.objects.filter(district=self.district).order_by().values_list("pk", flat=True)
            for model in sections.district_page_models()
        ]
        return pages.filter(pk__in=list(ids_by_model[0].union(*ids_by_model[1:])))

    def pages_in_section(self, pages, section):
        if section == sections.OTHER.slug:
            every_section = set().union(*self.section_ct_ids.values())
            return pages.exclude(content_type_id__in=every_section)
        if section in self.section_ct_ids:
            return pages.filter(content_type_id__in=self.section_ct_ids[section])
        return pages

    def includes_pages(self, section):
        return section != sections.SUPPORT_SERVICES.slug

    def includes_services(self, section):
        return section in ("", sections.SUPPORT_SERVICES.slug)

    # The search itself: one search for page counts, one for the ranked pages, one for services.

    def run(self):
        if self.query.is_empty:
            return SearchOutcome()
        pages = self.public_pages()
        pages_by_section, pages_by_district = self.page_counts(pages)
        services = self.matching_services()
        services_here = [s for s in services if not self.district or self.district in s.district_slugs]

        counts = Counter(pages_by_section)
        counts[sections.SUPPORT_SERVICES.slug] = len(services_here)
        by_district = Counter(pages_by_district)
        if self.includes_services(self.section):
            by_district.update(slug for service in services for slug in service.district_slugs)

        total = counts.get(self.section, 0) if self.section else sum(counts.values())
        num_pages = min(math.ceil(total / RESULTS_PER_PAGE), MAX_RESULT_PAGES)
        page_number = max(1, min(self.page_number, num_pages or 1))
        hits = []
        if total:
            found_pages = sum(counts.values()) - counts[sections.SUPPORT_SERVICES.slug]
            ranked_pages = self.pages_in_section(self.pages_in_district(pages), self.section)
            hits = self.ranked_hits(
                ranked_pages if self.includes_pages(self.section) and found_pages else None,
                services_here if self.includes_services(self.section) else [],
                page_number,
            )
        return SearchOutcome(
            hits=hits,
            total=total,
            page_number=page_number,
            num_pages=num_pages,
            sections=[
                FacetOption(s.slug, s.label, counts.get(s.slug, 0), s.slug == self.section)
                for s in sections.SECTIONS
            ],
            districts=[
                FacetOption(value, label, by_district.get(value, 0), value == self.district)
                for value, label in District.choices
            ],
        )

    def page_counts(self, pages):
        """Matching pages per section (in the chosen district) and per district (in the chosen section)."""
        if capabilities_of().counts_in_sql:
            return self.page_counts_in_sql(pages.search(self.backend_query).get_queryset())
        return self.page_counts_by_facets(pages)

    def page_counts_in_sql(self, matches):
        """Wagtail's database backends: both facets from one query, grouping matches by type and district."""
        districts = [f"{model._meta.model_name}__district" for model in sections.district_page_models()]
        rows = (
            matches.order_by()
            .annotate(search_district=Coalesce(*districts))
            .values_list("content_type_id", "search_district")
            .annotate(matches=Count("pk"))
        )
        by_section, by_district = Counter(), Counter()
        for content_type_id, district, count in rows:
            section = sections.section_of_content_type(content_type_id, self.section_ct_ids)
            if not self.district or district == self.district:
                by_section[section] += count
            if district and self.includes_pages(self.section) and self.section in ("", section):
                by_district[district] += count
        return by_section, by_district

    def page_counts_by_facets(self, pages):
        """Other backends (Elasticsearch): a count per section, then facet() on each district field."""
        # One count per section: a facet on content type would return only the 10 biggest types.
        in_district = self.pages_in_district(pages)
        by_section = Counter(
            {
                section.slug: self.pages_in_section(in_district, section.slug)
                .search(self.backend_query)
                .count()
                for section in sections.SECTIONS
                if self.includes_pages(section.slug)
            }
        )
        by_district = Counter()
        for model in sections.district_page_models():
            if self.includes_pages(self.section) and self.section in (
                "",
                sections.section_of(model).slug,
            ):
                by_district.update(self.public_pages(model).search(self.backend_query).facet("district"))
        return by_section, by_district

    def matching_services(self):
        """Every published service that matches, best first, each knowing its districts."""
        found = list(
            SupportService.objects.live()
            .search(self.backend_query)
            .annotate_score("_score")[:MAX_SERVICES_COUNTED]
        )
        prefetch_related_objects(found, "districts")
        for service in found:
            service.district_slugs = {district.slug for district in service.districts.all()}
        return found

    def ranked_hits(self, pages, services, page_number):
        """The results on one page: the best pages and services so far, merged by score.

        The backend's scores are scaled so the best match overall scores 1, then the first
        RESCORE_WINDOW results of each kind gain up to TITLE_WEIGHT when their title has the words
        searched for (residents mostly search for something by its name), and EVERY_WORD_WEIGHT
        when they have every word searched for. Beyond the window the
        backend's order stands, so moving between result pages never repeats or skips a result.
        """
        wanted = page_number * RESULTS_PER_PAGE
        fetch = max(wanted, RESCORE_WINDOW)
        result_lists = [services[:fetch]] if services else []
        if pages is not None:
            result_lists.append(list(pages.search(self.backend_query).annotate_score("_score")[:fetch]))

        score = relevance_key()
        best = max((score(results[0]) for results in result_lists if results), default=0) or 1
        ranked = []
        for results in result_lists:
            every_word = self.having_every_word(results[:RESCORE_WINDOW])
            for position, obj in enumerate(results):
                value = score(obj) / best
                if position < RESCORE_WINDOW:
                    value += EVERY_WORD_WEIGHT * (obj.pk in every_word)
                    value += TITLE_WEIGHT * title_match(str(obj), self.query)
                    if self.query.asks_for_explanation and explains_its_section(obj):
                        value += EXPLAINER_WEIGHT
                ranked.append((value, obj))
        ranked.sort(key=lambda pair: pair[0], reverse=True)
        return self.as_hits([obj for _value, obj in ranked[wanted - RESULTS_PER_PAGE : wanted]])

    def having_every_word(self, results):
        """The ids of those results (all of one model) with every word of a query of several words."""
        every_word = self.query.every_word_query()
        if every_word is None or not results:
            return set()
        among = type(results[0]).objects.filter(pk__in=[obj.pk for obj in results])
        return {obj.pk for obj in among.search(every_word, order_by_relevance=False)}

    def as_hits(self, found):
        page_ids = [obj.pk for obj in found if isinstance(obj, Page)]
        specific_pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
        libraries = [page for page in specific_pages.values() if hasattr(page, "opening_status")]
        if libraries:
            prefetch_related_objects(libraries, *type(libraries[0]).status_prefetches())

        hits = []
        service_url = service_urls() if any(isinstance(obj, SupportService) for obj in found) else None
        for obj in found:
            if isinstance(obj, SupportService):
                hits.append(
                    Hit(obj, "Support service", service_url(obj), obj.description, where=obj.district_names)
                )
                continue
            page = specific_pages.get(obj.pk)
            if page is None:
                continue
            status = page.opening_status() if hasattr(page, "opening_status") else None
            notices = page.notices_in_force() if hasattr(page, "notices_in_force") else []
            where = page.get_district_display() if getattr(page, "district", "") else ""
            summary = getattr(page, "listing_summary", "") or page.search_description
            hits.append(Hit(page, sections.type_label(page), page.url, summary, status, where, notices))
        return hits


AS_TYPED, CORRECTED, SPELT_LIKE = "as typed", "corrected", "spelt like"


@dataclass
class ForgivingSearch:
    outcome: SearchOutcome
    query: object  # what was searched for: as typed, or corrected
    how: str

    @property
    def found_as_typed(self):
        return self.how == AS_TYPED and bool(self.outcome.total)


def search_forgiving_misspellings(query, root_page, section="", district="", page_number=1):
    """The search as typed, with the closest words on the site beside any word not on it ("loughbrough
    library" also searches "loughborough"); if nothing matched, the closest words instead of those
    typed (so "libary" ranks as "library" does); if there are none, on an engine, words spelt nearly
    the same."""
    if guidance.is_crisis(query):  # searched as typed, never as other words, the help lines' page first
        search = SiteSearch(query, root_page, section, district, page_number)
        return ForgivingSearch(with_help_page_first(search.run(), search), query, AS_TYPED)
    found = SiteSearch(widened_with_close_words(query), root_page, section, district, page_number).run()
    if found.total or query.phrases:
        return ForgivingSearch(found, query, AS_TYPED)
    suggestion = spelling.spelling_suggestion(query, sure=True)
    if suggestion:
        corrected = parse(suggestion)
        corrected_found = SiteSearch(corrected, root_page, section, district, page_number).run()
        if corrected_found.total:
            return ForgivingSearch(corrected_found, corrected, CORRECTED)
    if query.misspellable_terms and capabilities_of().matches_misspellings:
        spelt_like = SiteSearch(query, root_page, section, district, page_number, fuzzy=True).run()
        if spelt_like.total:
            return ForgivingSearch(spelt_like, query, SPELT_LIKE)
    return ForgivingSearch(found, query, AS_TYPED)


def with_help_page_first(outcome, search):
    """The outcome with the page holding the "Get help now" lines as its first result (on page one)."""
    help_page, _ = guidance.first_block_in_toolkits("get_help_now")
    if help_page is None or outcome.page_number != 1:
        return outcome
    others = [hit for hit in outcome.hits if hit.object.pk != help_page.pk]
    added = len(others) == len(outcome.hits)
    return dataclasses.replace(
        outcome,
        hits=[*search.as_hits([help_page]), *others][:RESULTS_PER_PAGE],
        total=outcome.total + added,
        num_pages=max(outcome.num_pages, 1),
    )


def widened_with_close_words(query):
    """The query, also searching the closest word on the site for each word typed that is not on it,
    when other words typed are on it. (When none is, search_forgiving_misspellings corrects them all
    and says so.)"""
    vocabulary = spelling.site_vocabulary()
    if query.phrases or not any(fold(term) in vocabulary for term in query.terms):
        return query
    closest = spelling.close_words(query, sure=True, vocabulary=vocabulary)
    close = [word for word in closest.values() if word not in query.all_terms]
    return dataclasses.replace(query, extra_terms=(*query.extra_terms, *dict.fromkeys(close)))


def title_match(title, query):
    """From 0 to 1: how much of what was searched for is in the title (a synonym counts half)."""
    title_words = {fold(word) for word in words(title)}
    if query.phrases and all(set(phrase.split()) <= title_words for phrase in map(fold, query.phrases)):
        return 1.0
    if not query.terms:
        return 0.0
    matched = sum(1 for term in query.terms if fold(term) in title_words)
    if not matched and any(fold(word) in title_words for term in query.extra_terms for word in term.split()):
        matched = 0.5
    return matched / len(query.terms)


def explains_its_section(obj):
    """Whether a result is the page that explains a section (a page model says so of itself)."""
    return isinstance(obj, Page) and getattr(obj.specific_class, "explains_its_section", False)


def relevance_key():
    """Sort key putting the best match first, whichever way round the backend scores."""
    sign = -1 if capabilities_of().lower_scores_are_better else 1
    return lambda obj: sign * (getattr(obj, "_score", None) or 0)


def service_urls():
    """Gives each support service's address: its page in the directory, or search's own page for it
    on a site that has no directory yet (one query, however many services)."""
    directory = support_directory()
    if directory is None:
        return lambda service: reverse("support_service", args=[service.pk])
    return directory.service_url

"""Example toolkits, support services and case studies for the demonstration site.

Facts come from the council's documents in ../shared/seeds/ (annual reports 2019/20 and 2020/21, the
draft Communities Approach 2022-26 and the 2014 Communities Strategy consultation). Support services,
local phone numbers and the downloadable files are invented and say they are examples. The national
helplines in "Get help now" (Samaritans 116 123, NHS 111, 999) are real and are labelled as national.

Everything is found by slug or name, so running the loader again changes nothing.
"""

from decimal import Decimal

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from home import gazetteer
from home.demo.loader import DEMO_COLLECTION_NAME, ensure_child
from home.demo.media import example_document_pdf
from home.models import HomePageFeaturedPage
from toolkits.demo_content import (
    CASE_STUDIES,
    DOCUMENTS,
    ENGAGEMENT_CHAPTERS,
    ENGAGEMENT_TOOLKIT,
    FEATURED_CASE_STUDIES,
    LONELINESS_CHAPTERS,
    LONELINESS_TOOLKIT,
    SUPPORT_SERVICES,
)
from toolkits.factories import (
    CaseStudyPageFactory,
    SupportServiceFactory,
    ToolkitChapterPageFactory,
    ToolkitPageFactory,
)
from toolkits.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyTheme,
    CaseStudyThemeTag,
    ServiceDistrict,
    SupportCategory,
    SupportService,
    ToolkitIndexPage,
)


def load_demo(home, report):
    """Add the toolkits, their support services and the case studies; must change nothing when run again."""
    documents = {key: ensure_document(spec, report) for key, spec in DOCUMENTS.items()}
    for service in SUPPORT_SERVICES:
        ensure_support_service(service, report)

    toolkit_index = ToolkitIndexPage.objects.child_of(home).get()
    case_study_index = CaseStudyIndexPage.objects.child_of(home).get()
    chapters = {}
    for toolkit_data, chapter_list in (
        (LONELINESS_TOOLKIT, LONELINESS_CHAPTERS),
        (ENGAGEMENT_TOOLKIT, ENGAGEMENT_CHAPTERS),
    ):
        toolkit = ensure_toolkit(toolkit_index, toolkit_data, documents, report)
        chapters[(toolkit.slug, None)] = toolkit
        for chapter_data in chapter_list:
            chapter = ensure_child(
                toolkit,
                ToolkitChapterPageFactory,
                chapter_fields(chapter_data, documents, case_study_index),
                report,
            )
            chapters[(toolkit.slug, chapter.slug)] = chapter

    case_studies = {
        data["slug"]: ensure_case_study(case_study_index, data, chapters, report) for data in CASE_STUDIES
    }
    ensure_featured_case_studies(home, [case_studies[slug] for slug in FEATURED_CASE_STUDIES], report)


def ensure_document(spec, report):
    """A small example PDF in the demo collection, found by its title."""
    Document = get_document_model()
    collection = Collection.objects.get(name=DEMO_COLLECTION_NAME)
    document = Document.objects.filter(collection=collection, title=spec["title"]).first()
    if document is None:
        document = Document(title=spec["title"], collection=collection)
        pdf = example_document_pdf(spec["heading"], spec["lines"])
        document.file.save(spec["filename"], ContentFile(pdf), save=False)
        document.save()
        report.created.append(spec["title"])
    return document


def ensure_support_service(data, report):
    """Create and publish the example service, or publish a new revision only if it differs."""
    fields = {key: value for key, value in data.items() if key not in {"categories", "districts", "town"}}
    if data.get("town"):  # an example venue is placed at the middle of its real town
        point = gazetteer.place_named(data["town"]).point
        fields |= {"latitude": round_to_field(point.latitude), "longitude": round_to_field(point.longitude)}
    categories = list(SupportCategory.objects.filter(slug__in=data["categories"]).order_by("pk"))
    districts = list(ServiceDistrict.objects.filter(slug__in=data["districts"]).order_by("pk"))
    service = SupportService.objects.filter(name=fields["name"]).first()
    if service is None:
        service = SupportServiceFactory(**fields, categories=data["categories"], districts=data["districts"])
        report.created.append(f"Support service: {service.name}")
        return service

    changed = [name for name, value in fields.items() if getattr(service, name) != value]
    same_categories = {c.pk for c in service.categories.all()} == {c.pk for c in categories}
    same_districts = {d.pk for d in service.districts.all()} == {d.pk for d in districts}
    if changed or not same_categories or not same_districts or not service.live:
        for name in changed:
            setattr(service, name, fields[name])
        service.categories = categories
        service.districts = districts
        service.save_revision().publish()
        report.updated.append(f"Support service: {service.name}")
    return service


def round_to_field(degrees):
    return Decimal(str(degrees)).quantize(Decimal("0.000001"))


def ensure_toolkit(index, data, documents, report):
    fields = {key: value for key, value in data.items() if key != "downloads"}
    downloads = [
        {"document_id": documents[key].pk, "sort_order": i} for i, key in enumerate(data["downloads"])
    ]
    return ensure_child(index, ToolkitPageFactory, fields, report, relations={"downloads": downloads})


def chapter_fields(data, documents, case_study_index):
    """The chapter's fields, with files and links named by key in demo_content turned into ids."""
    body = []
    for block in data["body"]:
        value = block["value"]
        if block["type"] == "templates":
            items = [
                {"document": documents[item["document"]].pk, "description": item["description"]}
                for item in value["items"]
            ]
            value = {**value, "items": items}
        elif block["type"] == "call_to_action" and value.get("page") == "case-studies":
            value = {**value, "page": case_study_index.pk, "url": ""}
        body.append({"type": block["type"], "value": value})
    return {**data, "body": body}


def ensure_case_study(index, data, chapters, report):
    fields = {key: value for key, value in data.items() if key not in {"themes", "illustrates"}}
    theme_ids = sorted(CaseStudyTheme.objects.filter(slug__in=data["themes"]).values_list("pk", flat=True))
    relations = {
        "related_pages": [
            {"page_id": chapters[key].pk, "sort_order": i} for i, key in enumerate(data["illustrates"])
        ]
    }
    is_new = not index.get_children().filter(slug=data["slug"]).exists()
    if is_new:
        relations["tagged_items"] = [{"tag_id": pk} for pk in theme_ids]
    page = ensure_child(index, CaseStudyPageFactory, fields, report, relations)
    if not is_new:
        page = ensure_themes(CaseStudyPage.objects.get(pk=page.pk), theme_ids, report)
    return page


def ensure_themes(page, theme_ids, report):
    """Themes are compared as a set: the order of tags means nothing."""
    if {item.tag_id for item in page.tagged_items.all()} != set(theme_ids):
        page.tagged_items = [CaseStudyThemeTag(tag_id=pk) for pk in theme_ids]
        page.save_revision().publish()
        report.updated.append(page.title)
    return page


def ensure_featured_case_studies(home, case_studies, report):
    """Feature the chosen case studies on the home page, in order, with a new revision only if needed."""
    wanted = [page.pk for page in case_studies]
    if [item.page_id for item in home.featured_pages.all()] == wanted:
        return
    home = type(home).objects.get(pk=home.pk)
    home.featured_pages = [HomePageFeaturedPage(page_id=pk, sort_order=i) for i, pk in enumerate(wanted)]
    home.save_revision().publish()
    report.updated.append("Home page: featured case studies")

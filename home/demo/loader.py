"""Builds the demo site from home/demo/content.py. Idempotent: a second run changes nothing.

Pages are found by slug under their parent. A page is created when missing, and given a new
published revision only when its content differs from the demo text, so running the loader
again leaves revisions, the audit log and editors' unrelated changes alone.
"""

import io
from dataclasses import dataclass, field
from importlib import import_module

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from home.demo import content
from home.demo.media import example_document_pdf, example_illustration_png
from home.factories import CommunitiesNetworkPageFactory, StandardPageFactory
from home.models import SiteSettings

DEMO_COLLECTION_NAME = "Demo content"
# Each section adds its own examples: a module with load_demo(home_page, report), using ensure_child
# with the section's own factories.
SECTION_DEMOS = ["libraries.demo", "neighbourhood.demo", "toolkits.demo", "whatson.demo"]


@dataclass
class LoadReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.created or self.updated)


def home_page():
    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


@transaction.atomic
def load_demo_content():
    report = LoadReport()
    home = home_page()
    collection = _demo_collection()
    illustration = _ensure_image(collection, report)
    guide = _ensure_document(collection, report)

    _update_page(home, _fields(content.HOME), report)

    for section in content.SECTIONS:
        page_factory = import_string(section["factory"])
        ensure_child(home, page_factory, {**_fields(section), "show_in_menus": True}, report)

    for page_data in content.STANDARD_PAGES:
        fields = _fields(page_data)
        fields["body"] = _resolve_page_links(home, page_data["body"])
        if page_data["slug"] == "about-us":
            fields["body"] = [*fields["body"], *_example_media_blocks(illustration, guide)]
        ensure_child(home, StandardPageFactory, fields, report)
    ensure_child(home, CommunitiesNetworkPageFactory, dict(content.COMMUNITIES_NETWORK_PAGE), report)

    for module_name in SECTION_DEMOS:
        import_module(module_name).load_demo(home, report)
    _update_site_settings(home, report)
    return report


@transaction.atomic
def reset_demo_content():
    """Delete every page under the home page and the demo media, then load the demo again."""
    home = home_page()
    for child in home.get_children():
        child.delete()
    collection = Collection.objects.filter(name=DEMO_COLLECTION_NAME).first()
    if collection:
        get_image_model().objects.filter(collection=collection).delete()
        get_document_model().objects.filter(collection=collection).delete()
    return load_demo_content()


def _fields(data):
    return {key: value for key, value in data.items() if key not in {"factory", "body"}} | (
        {"body": data["body"]} if "body" in data else {}
    )


def ensure_child(parent, page_factory, fields, report, relations=None):
    """Create the page under its parent if missing, built by the page type's factory as the tests
    build it; otherwise bring it in line with the demo data."""
    relations = relations or {}
    existing = parent.get_children().filter(slug=fields["slug"]).first()
    if existing is None:
        page = page_factory.build(parent=parent, **fields)
        _set_relations(page, relations)
        parent.add_child(instance=page)
        page.save_revision().publish()
        report.created.append(page.title)
        return page
    return _update_page(existing.specific, fields, report, relations)


def _update_page(page, fields, report, relations=None):
    changed = [
        name
        for name, value in fields.items()
        if _comparable(page, name) != _comparable_value(page, name, value)
    ]
    changed_relations = {
        name: wanted
        for name, wanted in (relations or {}).items()
        if _relation_state(page, name, wanted) != wanted
    }
    if changed or changed_relations:
        for name in changed:
            setattr(page, name, fields[name])
        _set_relations(page, changed_relations)
        page.save_revision().publish()
        report.updated.append(page.title)
    return page


def _relation_state(page, name, wanted):
    """The page's current related objects, in the same shape as the wanted ones, to compare them."""
    items = list(getattr(page, name).all())
    if page._meta.get_field(name).many_to_many:
        return sorted(items, key=lambda item: item.pk)
    keys = wanted[0].keys() if wanted else ("pk",)
    return [{key: getattr(item, key) for key in keys} for item in items]


def _set_relations(page, relations):
    """Many-to-many relations take objects; child relations (inline panels) take a list of field dicts."""
    for name, wanted in relations.items():
        field = page._meta.get_field(name)
        if field.many_to_many:
            setattr(page, name, wanted)
        else:
            setattr(page, name, [field.related_model(**values) for values in wanted])


def _comparable(page, name):
    value = getattr(page, name)
    if hasattr(value, "raw_data"):
        return _strip_ids(list(value.raw_data))
    return value


def _comparable_value(page, name, value):
    field = page._meta.get_field(name)
    if isinstance(value, list):
        stream_block = field.stream_block
        return _strip_ids(stream_block.get_prep_value(stream_block.to_python(value)))
    return field.to_python(value)


def _strip_ids(data):
    if isinstance(data, dict):
        return {key: _strip_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [_strip_ids(item) for item in data]
    return data


def _resolve_page_links(home, blocks):
    """Call-to-action blocks in content.py name their target page by slug; store its id."""
    resolved = []
    for block in blocks:
        if block["type"] == "call_to_action":
            target = home.get_children().get(slug=block["value"]["page"])
            block = {"type": block["type"], "value": {**block["value"], "page": target.pk, "url": ""}}
        resolved.append(block)
    return resolved


def _example_media_blocks(illustration, guide):
    return [
        {
            "type": "image",
            "value": {
                "image": {"image": illustration.pk, "alt_text": "", "decorative": True},
                "caption": "Example illustration for the demonstration site.",
            },
        },
        {"type": "downloads", "value": {"heading": "Example download", "documents": [guide.pk]}},
    ]


def _demo_collection():
    collection = Collection.objects.filter(name=DEMO_COLLECTION_NAME).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=DEMO_COLLECTION_NAME)
    return collection


def _ensure_image(collection, report):
    Image = get_image_model()
    title = "Example illustration: green hills and a village"
    image = Image.objects.filter(collection=collection, title=title).first()
    if image is None:
        file = ImageFile(io.BytesIO(example_illustration_png()), name="example-illustration.png")
        image = Image.objects.create(title=title, collection=collection, file=file)
        report.created.append(title)
    return image


def _ensure_document(collection, report):
    Document = get_document_model()
    title = "Example: how volunteers update their pages (demonstration file)"
    document = Document.objects.filter(collection=collection, title=title).first()
    if document is None:
        pdf = example_document_pdf(
            "Example document",
            [
                "This is an example file for the demonstration site.",
                "The Communities Team will replace it with a real guide",
                "for volunteers who keep their pages up to date.",
            ],
        )
        document = Document(title=title, collection=collection)
        document.file.save("example-volunteer-guide.pdf", ContentFile(pdf), save=False)
        document.save()
        report.created.append(title)
    return document


def _update_site_settings(home, report):
    site = Site.objects.get(root_page=home)
    site_settings = SiteSettings.for_site(site)
    wanted = {
        **content.SITE_SETTINGS,
        "accessibility_page": _child(home, "accessibility-statement"),
        "privacy_page": _child(home, "privacy-notice"),
    }
    changed = [name for name, value in wanted.items() if getattr(site_settings, name) != value]
    if changed:
        for name in changed:
            setattr(site_settings, name, wanted[name])
        site_settings.save()
        report.updated.append("Site settings")


def _child(parent, slug):
    return Page.objects.child_of(parent).get(slug=slug)


__all__ = ["LoadReport", "ensure_child", "load_demo_content", "reset_demo_content"]

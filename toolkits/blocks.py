"""StreamField blocks for toolkit chapters. Shared blocks (headings, text, images...) come from home.blocks.

Each block uses a GOV.UK Frontend pattern and needs no JavaScript. A block with a heading gives it to the
chapter's "On this page" links through ``on_this_page_heading``.
"""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home import gazetteer
from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from toolkits.listing import find_support_services


class OnThisPageMixin:
    """Blocks whose heading is a main heading of the chapter, listed under "On this page"."""

    def on_this_page_heading(self, value):
        return value.get("heading") or None


class HelpLineBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="Who to call", max_length=100, help_text="For example “Samaritans”.")
    phone = blocks.CharBlock(label="Phone number", max_length=30)
    opening_times = blocks.CharBlock(
        required=False, max_length=120, help_text="For example “24 hours a day, every day”."
    )
    description = blocks.CharBlock(
        required=False,
        max_length=200,
        label="What they help with",
        help_text="Say whether it is a free national line or a local one.",
    )


class GetHelpNowBlock(OnThisPageMixin, blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, default="Get help now")
    introduction = blocks.TextBlock(
        required=False, max_length=300, help_text="For example “If you are in danger now, call 999.”"
    )
    lines = blocks.ListBlock(HelpLineBlock(), min_num=1, label="Phone lines")

    class Meta:
        icon = "warning"
        label = "Get help now panel"
        template = "toolkits/blocks/get_help_now.html"


class ChecklistBlock(OnThisPageMixin, blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    introduction = blocks.TextBlock(required=False, max_length=300)
    items = blocks.ListBlock(
        blocks.CharBlock(label="Item", max_length=250), min_num=1, label="Things to check"
    )

    class Meta:
        icon = "tasks"
        label = "Checklist"
        template = "toolkits/blocks/checklist.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label="Step", max_length=120, help_text="Start with a verb, e.g. “Agree a date”."
    )
    text = blocks.RichTextBlock(required=False, features=RICH_TEXT_FEATURES, label="More detail")


class StepListBlock(OnThisPageMixin, blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    steps = blocks.ListBlock(StepBlock(), min_num=2)

    class Meta:
        icon = "list-ol"
        label = "Numbered steps"
        template = "toolkits/blocks/step_list.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        max_length=600, help_text="Only words someone really said or wrote, with their permission."
    )
    attribution = blocks.CharBlock(
        required=False,
        max_length=150,
        label="Who said it",
        help_text="A name, a role or where it comes from.",
    )

    class Meta:
        icon = "openquote"
        template = "toolkits/blocks/quote.html"


class DidYouKnowBlock(blocks.StructBlock):
    fact = blocks.RichTextBlock(features=["bold", "link"])
    source = blocks.CharBlock(
        required=False, max_length=150, help_text="Where the fact comes from, e.g. “Annual Report 2019/20”."
    )

    class Meta:
        icon = "help"
        label = "“Did you know?” fact"
        template = "toolkits/blocks/did_you_know.html"


class TemplateItemBlock(blocks.StructBlock):
    document = DocumentChooserBlock(help_text="Its title is the link text, so make it say what the file is.")
    description = blocks.CharBlock(required=False, max_length=250, label="What it is for")


class TemplateListBlock(OnThisPageMixin, blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, default="Templates and downloads")
    items = blocks.ListBlock(TemplateItemBlock(), min_num=1, label="Files")

    class Meta:
        icon = "doc-full-inverse"
        label = "Templates and downloads"
        template = "toolkits/blocks/template_list.html"


class SupportServiceListBlock(OnThisPageMixin, blocks.StructBlock):
    """The published support services, with filters by district and kind of support."""

    heading = blocks.CharBlock(max_length=120, default="Find local support")
    introduction = blocks.TextBlock(required=False, max_length=400)

    drawn_for_each_request = True  # filtered by the visitor's address; see home.templatetags.stream_tags

    class Meta:
        icon = "group"
        label = "Local support services (with filters)"
        template = "toolkits/blocks/support_service_list.html"
        help_text = "Lists the published support services. Edit them under Snippets > Support services."

    def get_context(self, value, parent_context=None):
        from toolkits.models.directory import support_directory  # the page models import these blocks

        context = super().get_context(value, parent_context)
        parent_context = parent_context or {}
        request = parent_context.get("request")
        in_print = parent_context.get("print_view", False)
        form, listing, chosen = find_support_services(None if in_print or request is None else request.GET)
        directory = support_directory()
        for service in listing.items if directory else ():
            service.directory_url = directory.service_url(service)
        context.update(
            filter_form=form, listing=listing, chosen=chosen, place_attribution=gazetteer.ATTRIBUTION
        )
        return context


class ChapterBodyBlock(BodyBlock):
    """The shared body blocks plus the toolkit blocks."""

    get_help_now = GetHelpNowBlock()
    checklist = ChecklistBlock()
    steps = StepListBlock()
    quote = QuoteBlock()
    did_you_know = DidYouKnowBlock()
    templates = TemplateListBlock()
    support_services = SupportServiceListBlock()

    class Meta:
        block_counts = {"support_services": {"max_num": 1}}

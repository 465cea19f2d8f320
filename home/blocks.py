"""StreamField blocks shared by every section's pages."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Heading text", max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Main heading"), ("h3", "Sub-heading"), ("h4", "Minor heading")],
        default="h2",
        help_text="Use a main heading first; sub-headings go under a main heading.",
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(help_text="Describe the picture in the alt text for people who cannot see it.")
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "home/blocks/captioned_image.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    button_label = blocks.CharBlock(max_length=60, help_text='Say what happens, e.g. "Find a library".')
    page = blocks.PageChooserBlock(required=False, help_text="Link to a page on this site...")
    url = blocks.URLBlock(required=False, label="or web address", help_text="...or to another website.")

    class Meta:
        icon = "pick"
        template = "home/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = "Choose a page on this site or enter a web address (one, not both)."
            raise StructBlockValidationError(block_errors={"page": ErrorList([ValidationError(message)])})
        return value


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    content = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Optional heading above the sections."
    )
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1, label="Sections")

    class Meta:
        icon = "list-ul"
        template = "home/blocks/accordion.html"


class DownloadsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, default="Downloads")
    documents = blocks.ListBlock(DocumentChooserBlock(), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "home/blocks/downloads.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text="The address of a YouTube or Vimeo video.")
    title = blocks.CharBlock(max_length=120, help_text="What the video is about, read out by screen readers.")
    transcript = blocks.RichTextBlock(required=False, features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "home/blocks/video.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="home/blocks/paragraph.html")
    inset = blocks.RichTextBlock(
        features=["bold", "link"],
        label="Highlighted text",
        icon="pick",
        template="home/blocks/inset.html",
        help_text="A short fact or note that stands out from the text around it.",
    )
    image = CaptionedImageBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    downloads = DownloadsBlock()
    video = VideoBlock()

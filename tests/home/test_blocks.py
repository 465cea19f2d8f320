import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import CallToActionBlock, HeadingBlock


@pytest.mark.django_db
def test_call_to_action_needs_a_page_or_a_web_address(home_page):
    block = CallToActionBlock()
    value = block.to_python({"heading": "Join", "text": "", "button_label": "Join", "page": None, "url": ""})

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)

    assert "Choose a page on this site or enter a web address" in str(error.value.block_errors["page"])


@pytest.mark.django_db
def test_call_to_action_refuses_both_a_page_and_a_web_address(home_page):
    block = CallToActionBlock()
    value = block.to_python(
        {
            "heading": "Join",
            "text": "",
            "button_label": "Join",
            "page": home_page.pk,
            "url": "https://example.org",
        }
    )

    with pytest.raises(StructBlockValidationError):
        block.clean(value)


@pytest.mark.django_db
def test_call_to_action_with_a_web_address_is_valid():
    block = CallToActionBlock()
    value = block.to_python(
        {"heading": "Join", "text": "", "button_label": "Join", "page": None, "url": "https://example.org"}
    )

    assert block.clean(value)["url"] == "https://example.org"


@pytest.mark.parametrize(
    ("level", "css_class"), [("h2", "govuk-heading-l"), ("h3", "govuk-heading-m"), ("h4", "govuk-heading-s")]
)
def test_heading_renders_at_the_chosen_level_with_an_anchor(level, css_class):
    html = HeadingBlock().render(HeadingBlock().to_python({"text": "Opening hours", "level": level}))

    assert html.strip() == f'<{level} class="{css_class}" id="opening-hours">Opening hours</{level}>'

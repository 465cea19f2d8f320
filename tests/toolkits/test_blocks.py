"""The toolkit blocks render accessible GOV.UK-style markup without JavaScript."""

import pytest
from bs4 import BeautifulSoup

from toolkits.models import ToolkitChapterPage

pytestmark = pytest.mark.django_db


def rendered(client, make_toolkit, *blocks):
    toolkit = make_toolkit(chapters=["Blocks"], chapter_bodies={"Blocks": list(blocks)})
    chapter = ToolkitChapterPage.objects.child_of(toolkit).get()
    return BeautifulSoup(client.get(chapter.url).content, "html.parser")


def test_get_help_now_panel_lists_phone_lines_with_opening_times(client, make_toolkit):
    page = rendered(
        client,
        make_toolkit,
        (
            "get_help_now",
            {
                "heading": "Who to call",
                "introduction": "If you are in danger now, call 999.",
                "lines": [
                    {
                        "name": "Samaritans",
                        "phone": "116 123",
                        "opening_times": "24 hours a day",
                        "description": "Free national helpline",
                    }
                ],
            },
        ),
    )

    panel = page.select_one(".lc-help-panel")
    assert panel.select_one("h2#who-to-call").get_text() == "Who to call"
    assert panel.select_one('a[href="tel:116123"]').get_text() == "116 123"
    assert "24 hours a day" in panel.get_text()


def test_steps_are_a_numbered_list_and_checklists_a_list(client, make_toolkit):
    page = rendered(
        client,
        make_toolkit,
        (
            "steps",
            {"heading": "", "steps": [{"title": "Plan", "text": ""}, {"title": "Do", "text": "<p>Go</p>"}]},
        ),
        ("checklist", {"heading": "Check", "introduction": "", "items": ["One", "Two"]}),
    )

    assert [li.get_text(" ", strip=True) for li in page.select("ol.lc-steps > li")] == [
        "Step 1: Plan",
        "Step 2: Do Go",
    ]
    assert [li.get_text() for li in page.select("ul.lc-checklist > li")] == ["One", "Two"]


def test_a_quote_is_a_blockquote_with_its_source(client, make_toolkit):
    page = rendered(client, make_toolkit, ("quote", {"quote": "Words.", "attribution": "A resident"}))

    figure = page.select_one("figure.lc-quote")
    assert figure.select_one("blockquote").get_text(strip=True) == "Words."
    assert figure.select_one("figcaption").get_text() == "A resident"


def test_did_you_know_shows_the_fact_and_its_source(client, make_toolkit):
    page = rendered(client, make_toolkit, ("did_you_know", {"fact": "<p>A fact.</p>", "source": "A report"}))

    fact = page.select_one(".lc-fact")
    assert "Did you know?" in fact.get_text()
    assert "Source: A report" in fact.get_text()

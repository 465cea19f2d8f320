"""Help beside the results: urgent help lines for someone lonely or in crisis, and the site's sections."""

import re

from search.spelling import closest_word
from search.text import fold, words

# Words that suggest someone may be lonely or struggling: the page then shows the "Get help now" lines
# after the results. Words of crisis are CRISIS's below: they bring the lines first.
LONELINESS_WORDS = frozenset(
    [
        "alone",
        "isolated",
        "isolation",
        "lonely",
        "loneliness",
        "lonliness",
        "lonley",
        "lonelyness",
        "befriend",
        "befriending",
        "depressed",
        "depression",
    ]
)


# Said by someone who may be in crisis: the "Get help now" lines then come before the results, and
# the search is never "corrected" into other words. Matched on what was typed, folded, word by word.
CRISIS = re.compile(
    r"\bsuicid|\bself ?harm|\bcan ?t cope\b|\bcannot cope\b|\bwant to die\b|\bkill(ing)? my ?self\b"
    r"|\bend(ing)? (it all|my life)\b|\boverdos|^crisis$|\bin crisis\b|\bmental health crisis\b"
)
# Crisis words as they are often misspelt ("sucidal"): within an engine's fuzzy distance of these.
CRISIS_WORDS = {"suicide": 1, "suicidal": 1, "overdose": 1}


def is_about_loneliness(query):
    """Whether the words typed (not the synonyms added to them) are about loneliness."""
    typed = {fold(word) for term in (*query.terms, *query.phrases) for word in term.split()}
    return bool(typed & LONELINESS_WORDS)


def is_crisis(query):
    """Whether what was typed says its writer may be in crisis, misspelt or not."""
    typed = [fold(word) for word in words(query.text)]
    return bool(CRISIS.search(" ".join(typed))) or any(closest_word(word, CRISIS_WORDS) for word in typed)


def first_block_in_toolkits(block_type):
    """(chapter, block): the first live toolkit chapter with a block of this type, as it is shown there."""
    from toolkits.models import ToolkitChapterPage

    for chapter in ToolkitChapterPage.objects.live().public().order_by("path"):
        for block in chapter.body:
            if block.block_type == block_type:
                return chapter, block
    return None, None


def get_help_now_block():
    return first_block_in_toolkits("get_help_now")[1]


def local_support_page():
    return first_block_in_toolkits("support_services")[0]


def section_pages(root_page):
    """The site's sections, for "browse instead" links."""
    return root_page.get_children().live().public().in_menu().specific()

"""Screen reader users move through a page by its headings: on every page type they start at one h1
and never skip a level on the way down (an h3 straight under the h1 reads as a missing section)."""

import pytest
from bs4 import BeautifulSoup

from tests.page_types import live_example, page_type_labels
from toolkits.models import ToolkitPage

pytestmark = pytest.mark.django_db


def heading_levels(client, url):
    response = client.get(url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [
        int(heading.name[1])
        for heading in page.select("main h1, main h2, main h3, main h4, main h5, main h6")
    ]


def skipped_levels(levels):
    return [(before, after) for before, after in zip(levels, levels[1:], strict=False) if after > before + 1]


@pytest.mark.parametrize("label", page_type_labels())
def test_every_page_type_starts_at_one_h1_and_skips_no_heading_level(client, label):
    levels = heading_levels(client, live_example(label).url)

    assert levels[:1] == [1] and levels.count(1) == 1, levels
    assert skipped_levels(levels) == []


def test_the_printable_toolkit_skips_no_heading_level(client):
    toolkit = ToolkitPage.objects.live().first()

    levels = heading_levels(client, toolkit.print_url())

    assert levels[:1] == [1] and skipped_levels(levels) == []


def test_a_skipped_level_is_noticed():
    assert skipped_levels([1, 2, 3, 2, 3]) == []
    assert skipped_levels([1, 3]) == [(1, 3)]
    assert skipped_levels([1, 2, 4]) == [(2, 4)]

"""The residents' queries in relevance_cases.yaml, run on whichever search backend is configured."""

from pathlib import Path

import pytest
import yaml
from wagtail.models import Site

from search.engine import SiteSearch
from search.query import parse

CASES = yaml.safe_load((Path(__file__).parent / "relevance_cases.yaml").read_text())

pytestmark = pytest.mark.django_db


def top_three(query_text):
    root = Site.objects.get(is_default_site=True).root_page
    return [str(hit.object) for hit in SiteSearch(parse(query_text), root).run().hits[:3]]


def test_there_are_at_least_thirty_cases():
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[case["query"] for case in CASES])
def test_expected_results_are_in_the_top_three(case):
    top = top_three(case["query"])

    missing = [title for title in case["top3"] if title not in top]
    assert not missing, f"{case['query']!r}: expected {missing} in the top 3, got {top}"

"""Relevance report: how often residents' searches put a right answer first and in the top 3.

    .venv/bin/python benchmarks/relevance.py                     # on the database's backend
    ELASTICSEARCH_URL=http://127.0.0.1:9200 SEARCH_BACKEND=opensearch3 \\
        .venv/bin/python benchmarks/relevance.py                 # and on the engine, in the same run

Runs two query sets against the demo site: the project's own cases (tests/search/relevance_cases.yaml,
tuned alongside the code) and the residents' set (tests/search/resident_queries.yaml, written
independently before ranking changes, never edited to pass). Prints top-1, top-3 and mean
reciprocal rank per category, and lists the queries that miss the top 3. The database must hold the
demo site (manage.py migrate && manage.py load_demo_content). With an engine, the site is indexed
into throwaway indexes (`lcrelevance_`), deleted afterwards.
"""

import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

import yaml  # noqa: E402
from bs4 import BeautifulSoup  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from benchmarks.backends import backends_to_compare, indexed_with  # noqa: E402

QUERY_SETS = {
    "project's cases": [
        {"query": case["query"], "category": "project", "targets": case["top3"]}
        for case in yaml.safe_load((ROOT / "tests/search/relevance_cases.yaml").read_text())
    ],
    "residents' set": [
        {"query": case["query"], "category": case["category"], "targets": case["top3_any"]}
        for case in yaml.safe_load((ROOT / "tests/search/resident_queries.yaml").read_text())
    ],
}
DEPTH = 10


def rank_of_first_target(client, case):
    """Where the first right answer is on the search page a resident gets (misspellings retried and all)."""
    page = BeautifulSoup(client.get("/search/", {"query": case["query"]}).content, "html.parser")
    titles = [link.get_text(strip=True) for link in page.select("ol.lc-search-results h3 a")][:DEPTH]
    ranks = [titles.index(target) + 1 for target in case["targets"] if target in titles]
    return min(ranks, default=None)


def report(backend_name):
    client = Client(HTTP_HOST="127.0.0.1")
    for set_name, cases in QUERY_SETS.items():
        by_category = defaultdict(list)
        for case in cases:
            by_category[case["category"]].append((case["query"], rank_of_first_target(client, case)))
        print(f"\n{set_name} on {backend_name} ({connection.vendor}):")
        print(f"  {'category':<12} {'queries':>7} {'top-1':>6} {'top-3':>6} {'MRR':>5}")
        everything = [result for results in by_category.values() for result in results]
        for category, results in [*sorted(by_category.items()), ("all", everything)]:
            ranks = [rank for _query, rank in results]
            top1 = sum(rank == 1 for rank in ranks) / len(ranks)
            top3 = sum(rank is not None and rank <= 3 for rank in ranks) / len(ranks)
            mrr = sum(1 / rank for rank in ranks if rank) / len(ranks)
            print(f"  {category:<12} {len(ranks):>7} {top1:>6.0%} {top3:>6.0%} {mrr:>5.2f}")
        missed = [query for query, rank in everything if rank is None or rank > 3]
        print(f"  missed the top 3 ({len(missed)}): {'; '.join(missed) or 'none'}")


def main():
    for name, backend in backends_to_compare("lcrelevance_").items():
        cache.clear()
        with indexed_with(backend):
            report(name)


if __name__ == "__main__":
    main()

"""Search benchmark: how fast and how well site search answers with N extra pages on the site.

    DATABASE_URL=postgres://... DJANGO_SETTINGS_MODULE=cms.settings.dev \
        .venv/bin/python benchmarks/search.py --pages 1000

The database must hold the demo site (manage.py migrate && manage.py load_demo_content). The
script adds N generated pages (libraries, neighbourhood plans, case studies and standard pages),
indexes the site with Wagtail's database backend, runs a fixed mix of 50 searches through the
search page and prints p50/p95 latency, the share of relevance cases (tests/search/relevance_cases.yaml)
whose expected results are in the top 3, and the machine's load average. When ELASTICSEARCH_URL names
an engine (SEARCH_BACKEND its kind, e.g. `make search-engine` and opensearch3), the same run then
indexes the site into throwaway indexes there (deleted afterwards) and times the same searches, so
the two sets of figures are measured side by side. Everything is rolled back at the end.

    ELASTICSEARCH_URL=http://127.0.0.1:9200 SEARCH_BACKEND=opensearch3 DATABASE_URL=postgres://... \
        .venv/bin/python benchmarks/search.py --pages 10000
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# Time the site as it runs in production: no debug query log, no debug templates.
settings.DEBUG = False

import yaml  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from wagtail.models import Site  # noqa: E402

from benchmarks.backends import backends_to_compare, indexed_with  # noqa: E402
from home.districts import District  # noqa: E402
from home.models import StandardPage  # noqa: E402
from libraries.models import CommunityLibraryPage, LibraryIndexPage  # noqa: E402
from neighbourhood.models import NeighbourhoodPlanningIndexPage, NeighbourhoodPlanPage  # noqa: E402
from search.engine import SiteSearch  # noqa: E402
from search.query import parse  # noqa: E402
from toolkits.models import CaseStudyIndexPage, CaseStudyPage  # noqa: E402

CASES = yaml.safe_load((ROOT / "tests" / "search" / "relevance_cases.yaml").read_text())
OTHER_QUERIES = [
    "community",
    "volunteering opportunities",
    "library opening hours",
    "neighbourhood plan consultation",
    "lonely older people Melton",
    "what is a designated area",
    "grants for community groups",
    "x" * 5000,
    '"unbalanced quote',
    "!!!",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "lonley",
    "cafe",
    "np",
]
QUERIES = [case["query"] for case in CASES] + OTHER_QUERIES
if len(QUERIES) != 50:
    raise SystemExit(f"The mix must have 50 queries, not {len(QUERIES)}")

PLACES = [
    "Ashby",
    "Barwell",
    "Birstall",
    "Broughton",
    "Coalville",
    "Cosby",
    "Earl Shilton",
    "Enderby",
    "Fleckney",
    "Glenfield",
    "Groby",
    "Hathern",
    "Ibstock",
    "Kegworth",
    "Kibworth",
    "Lutterworth",
    "Markfield",
    "Measham",
    "Mountsorrel",
    "Quorn",
    "Ratby",
    "Rothley",
    "Shepshed",
    "Sileby",
    "Syston",
    "Thurmaston",
    "Ullesthorpe",
    "Whetstone",
    "Whitwick",
    "Wymeswold",
]
TOPICS = [
    "walking group",
    "repair café",
    "community garden",
    "youth club",
    "craft circle",
    "book club",
    "litter pick",
    "parish newsletter",
    "village fete",
    "carers support",
    "coffee morning",
    "heritage trail",
    "bus service",
    "allotments",
    "play area",
    "warm space",
    "men's shed",
]
FILLER = (
    "Volunteers meet every week. Everyone is welcome, and there is tea and cake. "
    "Contact the organisers to find out more about getting involved in the local community."
)


def add_pages(count, rng):
    home = Site.objects.get(is_default_site=True).root_page
    parents = {
        "library": LibraryIndexPage.objects.get(),
        "plan": NeighbourhoodPlanningIndexPage.objects.get(),
        "case": CaseStudyIndexPage.objects.get(),
        "standard": home,
    }
    districts = District.values
    for n in range(count):
        place, topic, district = rng.choice(PLACES), rng.choice(TOPICS), rng.choice(districts)
        # Mostly case studies and standard pages: the county has dozens of libraries and plans, not thousands.
        kind = ("library", "plan", *["case"] * 24, *["standard"] * 24)[n % 50]
        summary = f"{topic.capitalize()} in {place}. {FILLER}"
        if kind == "library":
            page = CommunityLibraryPage(
                title=f"{place} {topic} library {n} (benchmark)",
                summary=summary,
                address="1 Example Street",
                town=place,
                postcode="LE1 1AA",
                district=district,
            )
        elif kind == "plan":
            page = NeighbourhoodPlanPage(
                title=f"{place} {n} Neighbourhood Plan (benchmark)",
                summary=summary,
                area_name=place,
                district=district,
                group_name=f"{place} Parish Council",
            )
        elif kind == "case":
            page = CaseStudyPage(
                title=f"{place} {topic} {n} (benchmark)",
                summary=summary,
                organisation=f"{place} group",
                place=place,
                district=district,
            )
        else:
            page = StandardPage(title=f"{topic.capitalize()} news {n} (benchmark)", summary=summary)
        parents[kind].add_child(instance=page)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def load():
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def time_searches(repeats):
    client = Client(HTTP_HOST="127.0.0.1")
    root = Site.objects.get(is_default_site=True).root_page
    for query in QUERIES:  # warm caches and connections, as on a running site
        client.get("/search/", {"query": query})
    page_timings, search_timings = [], []
    for _ in range(repeats):
        for query in QUERIES:
            started = time.perf_counter()
            response = client.get("/search/", {"query": query})
            page_timings.append((time.perf_counter() - started) * 1000)
            SLOWEST.append((page_timings[-1], query))
            if response.status_code != 200:
                raise SystemExit(f"{query!r} answered {response.status_code}")
            started = time.perf_counter()
            SiteSearch(parse(query), root).run()
            search_timings.append((time.perf_counter() - started) * 1000)

    missed = []
    for case in CASES:
        top = [str(hit.object) for hit in SiteSearch(parse(case["query"]), root).run().hits[:3]]
        if not all(title in top for title in case["top3"]):
            missed.append(case["query"])
    return search_timings, page_timings, missed


SLOWEST = []


def report(name, repeats, search_timings, page_timings, missed):
    print(f"{name} on {connection.vendor}: {len(page_timings)} searches ({len(QUERIES)} queries x {repeats})")
    for label, timings in [
        ("search (results, facets, counts)", search_timings),
        ("whole search page", page_timings),
    ]:
        print(
            f"  {label}: p50 {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms, "
            f"max {max(timings):.1f} ms"
        )
    hits = len(CASES) - len(missed)
    share = f"{hits}/{len(CASES)} ({100 * hits / len(CASES):.0f}%)"
    print(f"  top-3 hit rate {share}, missed: {missed or 'none'}")
    slowest = sorted(SLOWEST, reverse=True)[:5]
    print("  slowest pages: " + ", ".join(f"{query[:30]!r} {ms:.0f} ms" for ms, query in slowest))
    SLOWEST.clear()


def run(pages, repeats, keep=False):
    rng = random.Random(7)  # noqa: S311 - repeatable made-up content, nothing secret
    with transaction.atomic():
        started = time.perf_counter()
        # Index in bulk afterwards rather than page by page as they are saved: much faster to set up.
        no_auto_update = {
            name: {**conf, "AUTO_UPDATE": False} for name, conf in settings.WAGTAILSEARCH_BACKENDS.items()
        }
        with override_settings(WAGTAILSEARCH_BACKENDS=no_auto_update):
            add_pages(pages, rng)
        print(f"Added {pages} pages in {time.perf_counter() - started:.0f} s ({connection.vendor})")

        for name, backend in backends_to_compare("lcbench_").items():
            started = time.perf_counter()
            with indexed_with(backend):
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        cursor.execute("ANALYZE")
                print(f"{name}: indexed the site in {time.perf_counter() - started:.0f} s; {load()}")
                timings = time_searches(repeats)
                print(f"{name}: timed; {load()}")
                report(name, repeats, *timings)
        transaction.set_rollback(not keep)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=1000, help="how many pages to add (e.g. 1000 or 10000)")
    parser.add_argument("--repeats", type=int, default=3, help="how many times to run the 50 queries")
    parser.add_argument(
        "--keep", action="store_true", help="keep the added pages (to benchmark again with --pages 0)"
    )
    arguments = parser.parse_args()
    run(arguments.pages, arguments.repeats, arguments.keep)

"""Serving benchmark: each page type cached and uncached, a static file as the ceiling, and the same
pages on another git ref, measured with wrk against gunicorn under production settings in one run.

    apt-get install -y wrk
    .venv/bin/python benchmarks/serve.py                 # against de243d6, before issue 14's work
    .venv/bin/python benchmarks/serve.py --ref main --duration 10

For this tree and for the reference (checked out with `git worktree add` into a temporary folder and
removed afterwards) the script builds a throwaway SQLite database holding the demo site scaled to 35
libraries, 125 neighbourhood plans, 200 support services and 40 case studies, collects the static
files, and starts gunicorn (gunicorn.conf.py, 2 workers, cms.settings.production) on 127.0.0.1.
This tree runs twice: with its page cache (Redis at REDIS_URL, default redis://127.0.0.1:6379/13,
as production would; `bash scripts/services.sh` starts it) and with PAGE_CACHE_SECONDS=0, so every
page is built afresh (shared fragments such as the menu stay cached, as in production). The three
servers (cached, uncached, reference) run side by side, and each page is measured on each, just after
the static file, with `wrk -c 16` for --duration seconds: a shared machine's speed drifts over a run,
and this way it drifts alike for the four figures compared. The table gives requests/s, p50 and p99
latency, cached as a share of the static file and uncached as a multiple of the reference.

Targets (issue 14): cached >= 50% of the static ceiling; uncached >= 3x the reference; uncached
p99 < 150 ms at 16 connections.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
DEFAULT_REF = "de243d6"  # the commit before issue 14's first
HOST = "127.0.0.1"
HEADERS = ["-H", "X-Forwarded-Proto: https"]  # production redirects plain http to https

# Run inside each tree (`manage.py shell`), so it uses that tree's models: the demo site scaled up.
SCALE_UP = """
from datetime import date, time
from wagtail.models import Page
from libraries.models import CommunityLibraryPage, LibraryIndexPage, LibraryOpeningSession, LibraryService
from neighbourhood.models import NeighbourhoodPlanningIndexPage, NeighbourhoodPlanPage, PlanMilestone
from toolkits.models import CaseStudyIndexPage, CaseStudyPage, CaseStudyTheme, CaseStudyThemeTag
from toolkits.models import ServiceDistrict, SupportCategory, SupportService

DISTRICTS = ["blaby", "charnwood", "harborough", "hinckley-and-bosworth", "melton",
             "north-west-leicestershire", "oadby-and-wigston"]
def top_up(model, wanted, make):
    for n in range(model.objects.count(), wanted):
        make(n)

def library(n):
    page = CommunityLibraryPage(title=f"Example library {n} (benchmark)", address="1 Example Street",
        town="Anstey", postcode="LE7 7AA", district=DISTRICTS[n % 7], summary="An example library.")
    page.opening_sessions = [
        LibraryOpeningSession(weekday=d, opens=time(9), closes=time(17)) for d in range(6)
    ]
    page.services = list(LibraryService.objects.all()[:4])
    LibraryIndexPage.objects.get().add_child(instance=page)
    page.save_revision().publish()

def plan(n):
    page = NeighbourhoodPlanPage(title=f"Example {n} Neighbourhood Plan (benchmark)",
        area_name=f"Example {n}", district=DISTRICTS[n % 7], summary="An example plan.")
    page.milestones = [PlanMilestone(stage="designated", date=date(2024, 1, 1))]
    NeighbourhoodPlanningIndexPage.objects.get().add_child(instance=page)
    page.save_revision().publish()

def service(n):
    item = SupportService(name=f"Example support service {n} (benchmark)", description="An example.",
        live=False)
    item.categories = list(SupportCategory.objects.all()[:2])
    item.districts = list(ServiceDistrict.objects.filter(slug__in=DISTRICTS[n % 7:n % 7 + 2]))
    item.save()
    item.save_revision().publish()

def case_study(n):
    page = CaseStudyPage(title=f"Example project {n} (benchmark)", organisation="An example group",
        place="Anstey", district=DISTRICTS[n % 7], summary="An example case study.")
    page.tagged_items = [CaseStudyThemeTag(tag=t) for t in CaseStudyTheme.objects.all()[:3]]
    CaseStudyIndexPage.objects.get().add_child(instance=page)
    page.save_revision().publish()

top_up(CommunityLibraryPage, 35, library)
top_up(NeighbourhoodPlanPage, 125, plan)
top_up(SupportService, 200, service)
top_up(CaseStudyPage, 40, case_study)
"""

NEW_GENERATION = "from home.page_cache import store; store.new_generation()"

PAGE_URLS = """
import json
from wagtail.models import Page
urls = {}
for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
    urls.setdefault(type(page).__name__, page.url)
print("URLS=" + json.dumps(urls))
"""


def environment(tree, database, **extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "benchmark-only-not-secret",
        "ALLOWED_HOSTS": HOST,
        "WAGTAILADMIN_BASE_URL": "https://communities.example.gov.uk",
        "DATABASE_URL": f"sqlite:///{database}",
        "PYTHONPATH": str(tree),
        "WEB_CONCURRENCY": "2",
        **extra,
    }


def manage(tree, env, *args, stdin=None):
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=tree,
        env=env,
        input=stdin,
        text=True,
        capture_output=True,
        check=True,
    ).stdout


def prepare(tree, workdir):
    """A scaled demo database and collected static files for the tree; returns its page addresses."""
    database = workdir / "db.sqlite3"
    env = environment(tree, database, REDIS_URL="")
    manage(tree, env, "migrate", "--noinput")
    manage(tree, env, "load_demo_content")
    manage(tree, env, "shell", stdin=SCALE_UP)
    manage(tree, env, "collectstatic", "--noinput")
    output = manage(tree, env, "shell", stdin=PAGE_URLS)
    return database, json.loads(output.split("URLS=", 1)[1])


def start_gunicorn(tree, database, port, **extra):
    env = environment(tree, database, PORT=str(port), **extra)
    server = subprocess.Popen(
        [GUNICORN, "-c", "gunicorn.conf.py", "cms.wsgi"],
        cwd=tree,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            request = urllib.request.Request(
                f"http://{HOST}:{port}/health/", headers={"X-Forwarded-Proto": "https"}
            )
            urllib.request.urlopen(request, timeout=2)  # noqa: S310 (our own server)
            return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit(f"gunicorn in {tree} did not answer on port {port}")


def stop(server):
    server.terminate()
    server.wait(timeout=30)


def fetch(port, path):
    request = urllib.request.Request(f"http://{HOST}:{port}{path}", headers={"X-Forwarded-Proto": "https"})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (our own server)
        return response.read().decode()


def wrk(port, path, duration, connections):
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{duration}s",
            "--latency",
            *HEADERS,
            f"http://{HOST}:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rate": rate,
        "p50": _millis(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        "p99": _millis(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
        "errors": int(errors.group(1)) if errors else 0,
    }


def _millis(value):
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def measure(port, urls, duration, connections, warm=False):
    results = {}
    for name, path in urls.items():
        if warm:
            fetch(port, path)
        results[name] = wrk(port, path, duration, connections)
    return results


def reference_tree(ref, workdir):
    tree = workdir / "reference"
    subprocess.run(
        ["git", "worktree", "add", "--detach", str(tree), ref], cwd=ROOT, check=True, capture_output=True
    )
    # The front-end build is not in git: the reference serves this tree's build.
    shutil.copytree(ROOT / "cms" / "static" / "dist", tree / "cms" / "static" / "dist", dirs_exist_ok=True)
    return tree


def report(urls, static, cached, uncached, reference, ref):
    line = "{:<32}{:>9}{:>10}{:>9}{:>9}{:>10}{:>9}{:>9}{:>10}{:>9}{:>10}{:>9}"
    print()
    print("wrk, 16 connections; static/s is the static file, measured just before each page")
    print(
        line.format(
            "page",
            "static/s",
            "cached/s",
            "p50 ms",
            "p99 ms",
            "fresh/s",
            "p50 ms",
            "p99 ms",
            f"{ref[:8]}/s",
            "p99 ms",
            "cache/st",
            "fresh/ref",
        )
    )
    for name in urls:
        s, c, u, r = static[name], cached[name], uncached[name], reference.get(name)
        print(
            line.format(
                name[:31],
                f"{s['rate']:.0f}",
                f"{c['rate']:.0f}",
                f"{c['p50']:.1f}",
                f"{c['p99']:.1f}",
                f"{u['rate']:.0f}",
                f"{u['p50']:.1f}",
                f"{u['p99']:.1f}",
                f"{r['rate']:.0f}" if r else "-",
                f"{r['p99']:.1f}" if r else "-",
                f"{c['rate'] / s['rate']:.0%}",
                f"{u['rate'] / r['rate']:.1f}x" if r else "-",
            )
        )
    errors = sum(result["errors"] for group in (cached, uncached, reference) for result in group.values())
    if errors:
        print(f"\n{errors} responses were not 2xx/3xx: check the servers' pages")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ref", default=DEFAULT_REF, help=f"git ref to compare with (default {DEFAULT_REF})")
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per page and mode")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--port", type=int, default=8411, help="first of three ports to use")
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/13"))
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install -y wrk")

    with tempfile.TemporaryDirectory(prefix="lc-serve-benchmark-") as scratch:
        scratch = Path(scratch)
        (scratch / "this").mkdir()
        (scratch / "ref").mkdir()
        tree = reference_tree(args.ref, scratch)
        try:
            print("Preparing this tree's database ...", flush=True)
            database, urls = prepare(ROOT, scratch / "this")
            print(f"Preparing {args.ref}'s database ...", flush=True)
            ref_database, ref_urls = prepare(tree, scratch / "ref")

            # Nothing a previous run left in Redis may answer for this run's pages.
            manage(ROOT, environment(ROOT, database, REDIS_URL=args.redis_url), "shell", stdin=NEW_GENERATION)
            servers = [
                start_gunicorn(ROOT, database, args.port, REDIS_URL=args.redis_url),
                start_gunicorn(
                    ROOT, database, args.port + 1, REDIS_URL=args.redis_url, PAGE_CACHE_SECONDS="0"
                ),
                start_gunicorn(tree, ref_database, args.port + 2, REDIS_URL=""),
            ]
            try:
                css = re.search(r'href="(/static/[^"]+\.css)"', fetch(args.port, "/")).group(1)
                print(
                    f"Measuring {len(urls)} pages: the static file ({css}), then each page cached, "
                    f"uncached and on {args.ref}, one after the other ...",
                    flush=True,
                )
                static, cached, uncached, reference = {}, {}, {}, {}
                for name, path in urls.items():
                    # Side by side, page by page: a machine whose speed drifts during the run (a shared
                    # virtual machine) slows all four measurements of a page alike.
                    static[name] = wrk(args.port, css, args.duration, args.connections)
                    cached[name] = measure(
                        args.port, {name: path}, args.duration, args.connections, warm=True
                    )[name]
                    uncached[name] = measure(
                        args.port + 1, {name: path}, args.duration, args.connections, warm=True
                    )[name]
                    if name in ref_urls:
                        reference[name] = measure(
                            args.port + 2, {name: ref_urls[name]}, args.duration, args.connections, warm=True
                        )[name]
                    print(f"  {name}", flush=True)
            finally:
                for server in servers:
                    stop(server)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)

    report(urls, static, cached, uncached, reference, args.ref)


if __name__ == "__main__":
    main()

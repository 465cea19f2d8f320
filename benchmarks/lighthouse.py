"""Lighthouse scores for one page of every page type (and the views that are not pages), mobile and
desktop, against a running server.

    .venv/bin/python manage.py runserver 127.0.0.1:8000 --noreload &    # or gunicorn, production settings
    .venv/bin/python benchmarks/lighthouse.py --base-url http://127.0.0.1:8000

The pages are found in the database the server uses (DJANGO_SETTINGS_MODULE / DATABASE_URL, as for
manage.py), which must hold the demo site. Lighthouse is the npm devDependency (npm ci), run on
Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). Prints the four category scores for
each page and form factor; exits 1 if any is below --target (default 100).
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from django.urls import reverse  # noqa: E402
from wagtail.models import Page, get_page_models  # noqa: E402

from toolkits.models import SupportService, ToolkitPage  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FORM_FACTORS = ["mobile", "desktop"]


def pages_to_measure():
    """(name, path) for the first live page of each page type, then the views that are not pages."""
    for model in sorted(get_page_models(), key=lambda model: model._meta.label):
        if model is Page:
            continue
        page = model.objects.live().public().order_by("path").first()
        if page is None:
            print(f"(no live {model._meta.label} in this database: not measured)", file=sys.stderr)
            continue
        yield model._meta.label, page.url
    toolkit = ToolkitPage.objects.live().public().order_by("path").first()
    if toolkit:
        yield "toolkit print page", toolkit.print_url()
    yield "search results", reverse("search") + "?query=library"
    service = SupportService.objects.live().first()
    if service:
        yield "support service", reverse("support_service", args=[service.pk])


def lighthouse_scores(url, form_factor, chrome_path):
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    environment = {**os.environ, "CHROME_PATH": chrome_path}
    # Lighthouse sometimes loses its trace on a busy machine (NO_NAVSTART); one more try is enough.
    for _attempt in range(3):
        result = subprocess.run(  # noqa: S603 - our own devDependency with arguments we build
            command, capture_output=True, text=True, env=environment, check=False
        )
        if result.returncode == 0:
            break
    else:
        raise RuntimeError(f"Lighthouse failed on {url}: {result.stderr.strip()[-500:]}")
    report = json.loads(result.stdout)
    scores = {name: round(category["score"] * 100) for name, category in report["categories"].items()}
    below = [
        f"{audit['id']} {audit.get('displayValue') or audit['score']}"
        for audit in report["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < (0.9 if audit.get("scoreDisplayMode") == "numeric" else 1)
        and audit.get("scoreDisplayMode") in ("binary", "numeric")
    ]
    return scores, below


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--only", help="measure only page types whose name contains this text")
    parser.add_argument("--form-factor", choices=FORM_FACTORS, action="append")
    parser.add_argument("--target", type=int, default=100)
    parser.add_argument("--chrome-path", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    args = parser.parse_args()

    header = f"{'page':<42} {'form':<8} " + " ".join(f"{name[:13]:>13}" for name in CATEGORIES)
    print(header)
    print("-" * len(header))
    short = []
    for name, path in pages_to_measure():
        if args.only and args.only not in name:
            continue
        for form_factor in args.form_factor or FORM_FACTORS:
            scores, failing_audits = lighthouse_scores(args.base_url + path, form_factor, args.chrome_path)
            row = " ".join(f"{scores.get(category, '-'):>13}" for category in CATEGORIES)
            print(f"{name:<42} {form_factor:<8} {row}", flush=True)
            if any(score < args.target for score in scores.values()):
                short.append(f"{name} {form_factor}: {', '.join(failing_audits) or 'scored metrics only'}")
    if short:
        print("\nBelow target:\n  " + "\n  ".join(short))
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())

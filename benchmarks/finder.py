"""How long the finder's place lookups take (target: under 20 ms each).

    .venv/bin/python benchmarks/finder.py

Prints the first lookup (which reads the gazetteer's files) and the median and worst of many lookups of
each kind of input, so the figures are compared within one run.
"""

import os
import statistics
import sys
import time
from pathlib import Path

import django

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # the project, not benchmarks/search.py

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
django.setup()

from home.gazetteer import find_place  # noqa: E402
from home.gazetteer.places import gazetteer  # noqa: E402

KINDS = {
    "full postcode": "le12 9ab",
    "postcode district": "LE67",
    "town": "Melton Mowbray",
    "other name": "Quorn",
    "district": "Hinckley and Bosworth",
    "misspelt town": "Loughbrough",
    "unknown place": "Atlantis",
}


def timed(function, *args):
    start = time.perf_counter()
    function(*args)
    return (time.perf_counter() - start) * 1000


def main():
    print(f"first lookup (loads the gazetteer): {timed(find_place, 'Quorn'):.1f} ms")
    gazetteer.cache_clear()
    gazetteer()
    for kind, typed in KINDS.items():
        times = [timed(find_place, typed) for _ in range(2000)]
        print(f"{kind:>18}: median {statistics.median(times):.3f} ms, worst {max(times):.3f} ms")


if __name__ == "__main__":
    main()

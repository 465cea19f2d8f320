"""gunicorn's settings (the Dockerfile starts it with `-c gunicorn.conf.py`).

The access log keeps the method, path and status of each request but never its query string or
referring page: residents type their email addresses, postcodes and map positions into search and the
library finder, and those travel in query strings (docs/retention.md).
"""

import gc
import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
accesslog = "-"
# gunicorn's default is '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"': %(r)s is the
# request line with its query string and %(f)s the referring address with its own. %(U)s is the path.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(L)s "%(a)s"'

# A full garbage collection walks every object a worker holds: some 250,000 once Django, Wagtail and
# the first pages' templates are loaded, 150 ms on a 2-core server, with every request queued behind
# it waiting. What a worker has loaded when it starts, and what it has built by its thousandth request
# (URL patterns, compiled templates, the search client), lives as long as the worker, so it is frozen
# out of those walks (https://docs.python.org/3/library/gc.html#gc.freeze); benchmarks/serve.py
# measures the pages' 99th percentile with it.
SETTLED_AFTER_REQUESTS = 1000


def post_worker_init(worker):
    _freeze_what_is_held()


def post_request(worker, req, environ, resp):
    if worker.nr == SETTLED_AFTER_REQUESTS:
        _freeze_what_is_held()


def _freeze_what_is_held():
    gc.collect()  # what is garbage by now is freed, not kept for ever
    gc.freeze()

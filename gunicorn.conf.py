"""gunicorn's settings (the Dockerfile starts it with `-c gunicorn.conf.py`).

The access log keeps the method, path and status of each request but never its query string or
referring page: residents type their email addresses, postcodes and map positions into search and the
library finder, and those travel in query strings (docs/retention.md).
"""

import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
accesslog = "-"
# gunicorn's default is '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"': %(r)s is the
# request line with its query string and %(f)s the referring address with its own. %(U)s is the path.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(L)s "%(a)s"'

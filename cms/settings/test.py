"""The test suite: fast hashing, plain static files, no outgoing email."""

import atexit
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Uploaded files from tests (and the demo images) go to a throwaway folder, one per test process,
# removed when that process ends.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="lc-test-media-"))
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)

# WhiteNoise serves the front-end build straight from cms/static, without collectstatic.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# With ELASTICSEARCH_URL set, only the engine suite (tests/search_es) uses the engine, each run in
# throwaway indexes of its own; the rest of the suite keeps the database backend, so it neither
# reads nor writes whatever index that cluster holds.
SEARCH_ENGINE_UNDER_TEST = WAGTAILSEARCH_BACKENDS["default"] if ELASTICSEARCH_URL else None  # noqa: F405
WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}  # noqa: F405

# Tests that count requests set their own, lower rate.
OPENREFERRAL_THROTTLE_RATE = "100000/min"
